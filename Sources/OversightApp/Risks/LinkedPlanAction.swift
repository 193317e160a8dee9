import OversightDocuments
import OversightDomain
import OversightStore

/// A plan action as a risk sees it: what it is, its latest rating and whether it needs attention.
struct LinkedPlanAction: Sendable {
    var id: PlanAction.ID
    var reference: String
    var what: String
    var planID: Plan.ID
    var planTitle: String
    var rating: Rating?
    /// Red, overdue, or green while overdue: the exceptions that put a mitigation in doubt.
    var problems: [ActionException]

    /// The order a risk lists its actions in: by reference, then plan, then id. Links are kept as
    /// a set, so without the plan two plans' "7.2" came in a different order in each process.
    static func listedBefore(_ a: Self, _ b: Self) -> Bool {
        (a.reference, a.planTitle, a.id) < (b.reference, b.planTitle, b.id)
    }

    /// What puts an action in doubt as a mitigation: red, overdue, or green while overdue (none once
    /// its plan has closed). A missing update this month is the plan's business, not the risk's.
    static func problems(of action: PlanAction, in status: PlanStatus, latest: Rating?, on today: CalendarDate) -> [ActionException] {
        guard status != .closed else { return [] }
        return ActionException.reasons(for: action, on: today, latest: latest).filter { [.red, .overdue, .greenWhileOverdue].contains($0) }
    }
}
