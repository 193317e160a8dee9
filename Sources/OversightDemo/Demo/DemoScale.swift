import Crypto
import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// `oversight demo --scale N`: load-test data beside the demo council's real story, for
/// performance work. N plans, each with 8 priorities of 6N actions and 2N+5 monthly periods of
/// updates from every unfinished action: at N=10 about 4,800 actions and 110,000 updates; and
/// indicators, risks and meetings in proportion (`seedFeatures`).
/// Everything (ids, titles, dates and ratings) follows from N, so a given N always makes the
/// same data.
enum DemoScale {
    static let titlePrefix = "Load-test plan"

    struct Figures: Equatable {
        var plans: Int
        var actions: Int
        var updates: Int
        var features = FeatureFigures()
    }

    /// Adds the plans unless a load-test plan is already there. Returns what it added.
    @discardableResult
    static func seed(scale: Int, council: Council.ID, on db: any Database, now: Date) async throws -> Figures {
        guard scale > 0 else { return Figures(plans: 0, actions: 0, updates: 0) }
        if try await PlanStore.plans(in: council, on: db).contains(where: { $0.title.hasPrefix(titlePrefix) }) {
            return Figures(plans: 0, actions: 0, updates: 0)
        }
        let people = try await PersonStore.all(in: council, on: db).sorted { $0.name < $1.name }
        let inspection = try await InspectionStore.all(in: council, on: db).first { $0.inspection.kind == .fullInspection }
        let recommendations = inspection?.recommendations.map(\.id) ?? []
        var figures = Figures(plans: 0, actions: 0, updates: 0)
        for number in 1...scale {
            // One transaction per plan: a plan is there whole or not at all.
            let added = try await UnitOfWork.seed(on: db) { change in
                try await seedPlan(number, of: scale, council: council, inspection: inspection?.inspection.id,
                                   recommendations: recommendations, people: people, on: change, now: now)
            }
            figures.plans += 1
            figures.actions += added.actions
            figures.updates += added.updates
        }
        figures.features = try await seedFeatures(scale: scale, council: council, people: people, on: db, now: now)
        return figures
    }

    private static func seedPlan(_ number: Int, of scale: Int, council: Council.ID, inspection: Inspection.ID?,
                                 recommendations: [Recommendation.ID], people: [Person], on change: Change,
                                 now: Date) async throws -> (actions: Int, updates: Int) {
        let key = "scale-\(scale)-plan-\(number)"
        let planID = Plan.ID(uuid(key))
        let start = DemoPlan.date(2016, 3, 1)
        try await PlanStore.create(
            PlanDraft(title: "\(titlePrefix) \(number) of \(scale)", kind: .other, inspectionID: inspection,
                      ownerID: people.first?.id, startDate: start, endDate: nil),
            id: planID, in: council, status: .active, at: now, newID: { uuid("\(key)-inspection-link") }, on: change)
        let actionsPerPriority = 6 * scale
        var actions: [(PlanAction.ID, ActionStatus, Person?)] = []
        for p in 1...8 {
            let priority = Priority(id: .init(uuid("\(key)-priority-\(p)")), planID: planID, number: p,
                                    title: "Workstream \(p)", outcome: "Outcome sought for workstream \(p)",
                                    leadID: people.isEmpty ? nil : people[p % people.count].id, version: 1)
            try await PlanStore.createPriority(
                PriorityDraft(number: p, title: priority.title, outcome: priority.outcome, leadID: priority.leadID),
                id: priority.id, in: planID, at: now, on: change)
            for a in 1...actionsPerPriority {
                let seed = p * 1000 + a
                let status: ActionStatus = [.completed, .inProgress, .inProgress, .impactEvidenced, .notStarted][seed % 5]
                let lead = people.isEmpty ? nil : people[seed % people.count]
                let id = PlanAction.ID(uuid("\(key)-action-\(p).\(a)"))
                let due = start.adding(days: 90 + (seed * 37) % 600)
                try await PlanStore.createAction(
                    ActionDraft(number: a, what: "Action \(p).\(a) of \(titlePrefix.lowercased()) \(number)", how: nil,
                                leadID: lead?.id, startDate: start, dueDate: due,
                                revisedDueDate: seed % 7 == 0 ? due.adding(days: 120) : nil,
                                revisionReason: seed % 7 == 0 ? "Moved to match partner funding" : nil,
                                successMeasures: nil, status: status,
                                recommendationIDs: recommendations.isEmpty ? [] : [recommendations[seed % recommendations.count]]),
                    id: id, in: priority, at: now, newID: { uuid("\(key)-link-\(p).\(a)") }, on: change)
                actions.append((id, status, lead))
            }
        }
        let months = 2 * scale + 5
        var rows: [HistoryRow] = []
        for m in 0..<months {
            let month = monthStart(start, plus: m)
            let period = UpdatePeriod.ID(uuid("\(key)-period-\(m)"))
            try await UpdateStore.openPeriod(period, plan: planID, month: month,
                                             deadline: month.adding(days: 19), at: now, on: change)
            if m < months - 1 { try await UpdateStore.setOpen(period, false, on: change) }
            for (index, (action, status, lead)) in actions.enumerated() {
                // Finished actions stopped reporting part of the way through.
                if status.isDone, m > months / 2 + index % (months / 2) { continue }
                let rating = rating(action: index, month: m, status: status, months: months)
                rows.append(HistoryRow(
                    id: uuid("\(key)-update-\(index)-\(m)"), action: action, period: period, rating: rating,
                    narrative: "\(rating.word): progress for \(UKDateFormat.monthAndYear(month)).",
                    author: lead?.email ?? "load-test@northshire.example",
                    at: Date(timeIntervalSince1970: Double(month.adding(days: 15).dayNumber) * 86_400 + Double(index))))
            }
        }
        try await UpdateStore.bulkInsert(rows, plan: planID, on: change)
        return (actions.count, rows.count)
    }

    /// Mostly green, some amber and red, blue once done: a pattern, not noise, so runs agree.
    static func rating(action: Int, month: Int, status: ActionStatus, months: Int) -> Rating {
        if status.isDone && month > months / 2 { return .blue }
        switch (action * 7 + month * 3) % 20 {
        case 0...1: return .red
        case 2...5: return .amber
        default: return .green
        }
    }

    private static func monthStart(_ start: CalendarDate, plus months: Int) -> CalendarDate {
        let total = start.year * 12 + (start.month - 1) + months
        return DemoPlan.date(total / 12, total % 12 + 1, 1)
    }

    /// A UUID that follows from its name, so the same N gives the same ids.
    static func uuid(_ name: String) -> UUID {
        var bytes = Array(SHA256.hash(data: Data(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50 // version 5 style: name-based
        bytes[8] = (bytes[8] & 0x3F) | 0x80 // RFC 4122 variant
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
