import OversightDomain

/// The form that adds a priority to a plan or changes one.
enum PriorityEditor {}

extension PriorityEditor {
    /// The plan, the priority changed (nil for a new one) and the people who may lead it.
    struct Model {
        var planID: Plan.ID
        var planTitle: String
        var priority: Priority?
        /// Everyone in People, by name.
        var leads: [(value: String, label: String)]

        init(_ priority: Priority?, in page: PlanPageModel) {
            planID = page.record.plan.id
            planTitle = page.record.plan.title
            self.priority = priority
            leads = page.people.values.sorted { $0.name < $1.name }.map { (value: $0.id.description, label: $0.name) }
        }
    }
}
