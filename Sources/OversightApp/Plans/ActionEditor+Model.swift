import OversightDomain

/// The form that adds an action to a plan or changes one.
enum ActionEditor {}

extension ActionEditor {
    /// The plan, the action changed (nil for a new one) and what each of the form's choices offers.
    struct Model {
        var planID: Plan.ID
        var planTitle: String
        var action: PlanAction?
        /// The action's priority's number for the number's hint; a new action's priority is chosen
        /// on the form, so the hint gives an example.
        var priorityNumber: String
        /// Offered only for a new action: an action stays in its priority.
        var priorities: [(value: String, label: String)]
        /// Everyone in People, by name.
        var leads: [(value: String, label: String)]
        /// Every recommendation the plan answers, each labelled so that another inspection's is not
        /// mistaken for the plan's own.
        var recommendations: [(value: String, label: String)]

        init(_ action: PlanAction?, in page: PlanPageModel) {
            planID = page.record.plan.id
            planTitle = page.record.plan.title
            self.action = action
            priorityNumber = action.map { String($0.reference.split(separator: ".").first ?? "") } ?? "2"
            priorities = page.record.priorities.map { (value: $0.id.description, label: "\($0.number). \($0.title)") }
            leads = page.people.values.sorted { $0.name < $1.name }.map { (value: $0.id.description, label: $0.name) }
            recommendations = page.recommendations.map {
                (value: $0.id.description, label: "\(page.recommendationLabel($0)). \($0.text)")
            }
        }
    }
}
