import OversightDomain
import OversightStore

/// The form that drafts a Continuous Improvement Plan to succeed a running plan.
enum NewSuccessor {}

extension NewSuccessor {
    /// The plan succeeded, what the new plan's fields offer, and the unfinished actions it may carry forward.
    struct Model {
        var planID: Plan.ID
        var planTitle: String
        var fields: PlanCommonFields.Model
        var unfinishedCount: Int
        /// In the plan's order.
        var unfinished: [(value: String, label: String)]

        init(_ page: PlanPageModel, inspections: [InspectionRecord]) {
            let unfinished = page.record.actions.filter { !$0.isFinished }
            planID = page.record.plan.id
            planTitle = page.record.plan.title
            fields = PlanCommonFields.Model(inspections: inspections, people: Array(page.people.values))
            unfinishedCount = unfinished.count
            self.unfinished = unfinished.map { (value: $0.id.description, label: "\($0.reference) \($0.what)") }
        }
    }
}
