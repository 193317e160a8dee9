import OversightDomain
import OversightStore

/// The monthly updates section of an action's page.
enum UpdateHistory {}

extension UpdateHistory {
    /// One action's updates, newest first. The action and plan stay whole because the view asks the
    /// plan policy whether the viewer may submit an update for it.
    struct Model {
        var action: PlanAction
        var plan: Plan
        /// Nil when no period is open, so no update can be submitted.
        var openPeriodLabel: String?
        var cards: [UpdateCard.Model]

        init(_ action: PlanAction, model: PlanPageModel) {
            self.action = action
            plan = model.record.plan
            openPeriodLabel = model.openPeriod?.label
            cards = model.updates(of: action.id).reversed().map { update in
                UpdateCard.Model(update, title: "Action \(action.reference)", page: model)
            }
        }
    }
}
