import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

extension PlanPageModel {
    /// A plan within a council with what its pages show, or nil when the council has no such plan.
    /// Report appendices are made from the same model as the plan's own pages.
    static func load(_ planID: Plan.ID, in council: Council, today: CalendarDate, updates scope: UpdateScope = .summaryOnly,
                     on db: any Database) async throws -> PlanPageModel? {
        guard let record = try await PlanStore.find(planID, in: council.id, on: db) else { return nil }
        let (inspection, others) = try await record.plan.inspections(on: db)
        let people = try await PersonStore.all(in: council.id, on: db)
        let plans = try await PlanStore.plans(in: council.id, on: db)
        let periods = try await UpdateStore.periods(of: record.plan.id, on: db)
        let updates: [ActionUpdate] = switch scope {
        case .summaryOnly: []
        case let .action(action): try await UpdateStore.updates(ofAction: action, on: db)
        case let .period(period): try await UpdateStore.updates(of: record.plan.id, in: period, on: db)
        }
        // Pages that show updates show their evidence files; plan-wide pages need neither.
        let evidence = try await EvidenceStore.files(of: updates.map(\.id), on: db)
        return PlanPageModel(record: record, inspection: inspection, otherInspections: others,
                             people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
                             today: today,
                             periods: periods,
                             updates: updates,
                             summary: try await UpdateStore.summary(
                                 of: record.plan.id, standing: record.standing, periods: periods.prefix(PlanViews.periodsShown).map(\.id),
                                 openPeriod: periods.first { $0.isOpen }?.id, on: db),
                             consultations: try await PlanRecordStore.consultations(of: record.plan.id, on: db),
                             evidence: evidence,
                             approvals: try await PlanRecordStore.approvals(of: record.plan.id, on: db),
                             predecessor: plans.first { $0.id == record.plan.predecessorID },
                             successors: plans.filter { $0.predecessorID == record.plan.id })
    }
}
