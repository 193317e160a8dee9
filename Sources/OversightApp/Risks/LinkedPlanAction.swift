import OversightDocuments
import OversightDomain
import OversightStore
import Plot

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
}
