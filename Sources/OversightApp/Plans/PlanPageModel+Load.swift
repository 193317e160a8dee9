import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

extension PlanPageModel {
    /// A plan within a council with what its pages show, or nil when the council has no such plan.
    /// Report appendices are made from the same model as the plan's own pages.
    ///
    /// Reads that need only the plan's id are asked for at once, then those that need what they
    /// found: on PostgreSQL each takes a connection of its own, so a page made afresh waits for a
    /// few round trips rather than a dozen and more in turn, which is what readers waiting for it
    /// under a deadline day's writes feel (`docs/performance.md`). On SQLite they take its one
    /// connection in turn, as before.
    static func load(_ planID: Plan.ID, in council: Council, today: CalendarDate, updates scope: UpdateScope = .summaryOnly,
                     on db: any Database) async throws -> PlanPageModel? {
        async let recordRead = PlanStore.find(planID, in: council.id, on: db)
        async let peopleRead = PersonStore.all(in: council.id, on: db)
        async let plansRead = PlanStore.plans(in: council.id, on: db)
        async let periodsRead = UpdateStore.periods(of: planID, on: db)
        async let consultationsRead = PlanRecordStore.consultations(of: planID, on: db)
        async let approvalsRead = PlanRecordStore.approvals(of: planID, on: db)
        async let updatesRead: [ActionUpdate] = switch scope {
        case .summaryOnly: []
        case let .action(action): UpdateStore.updates(ofAction: action, on: db)
        case let .period(period): UpdateStore.updates(of: planID, in: period, on: db)
        }
        // Nothing of a plan another council holds is shown: its reads are thrown away.
        guard let record = try await recordRead else { return nil }
        let periods = try await periodsRead
        let updates = try await updatesRead
        async let inspectionsRead = record.plan.inspections(on: db)
        async let summaryRead = UpdateStore.summary(
            of: record.plan.id, standing: record.standing, periods: periods.prefix(PlanViews.periodsShown).map(\.id),
            openPeriod: periods.first { $0.isOpen }?.id, on: db)
        // Pages that show updates show their evidence files; plan-wide pages need neither.
        async let evidenceRead = EvidenceStore.files(of: updates.map(\.id), on: db)
        let (inspection, others) = try await inspectionsRead
        let people = try await peopleRead
        let plans = try await plansRead
        return PlanPageModel(record: record, inspection: inspection, otherInspections: others,
                             people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
                             today: today,
                             periods: periods,
                             updates: updates,
                             summary: try await summaryRead,
                             consultations: try await consultationsRead,
                             evidence: try await evidenceRead,
                             approvals: try await approvalsRead,
                             predecessor: plans.first { $0.id == record.plan.predecessorID },
                             successors: plans.filter { $0.predecessorID == record.plan.id })
    }
}
