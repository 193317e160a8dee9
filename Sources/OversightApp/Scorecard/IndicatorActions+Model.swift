import OversightDomain
import OversightStore

/// The page linking an indicator to the plan actions that aim to move it.
enum IndicatorActions {}

extension IndicatorActions {
    /// What the page shows: the actions linked now, and the actions of open plans that can still
    /// be linked, as the choices of its form.
    struct Model {
        var indicator: Indicator
        var linked: [AnsweringAction]
        /// "Plan title: A1 What is done", valued by the action's id; plans in order, then actions.
        var options: [(value: String, label: String)]

        init(_ model: IndicatorPageModel, linked: [AnsweringAction], available: [(plan: Plan, actions: [PlanAction])]) {
            indicator = model.indicator
            self.linked = linked
            let linkedIDs = Set(linked.map(\.actionID))
            options = available.flatMap { entry in
                entry.actions.filter { !linkedIDs.contains($0.id) }.map { action in
                    (value: action.id.description, label: "\(entry.plan.title): \(action.reference) \(action.what)")
                }
            }
        }
    }
}
