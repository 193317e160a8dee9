import OversightDocuments
import OversightDomain
import OversightStore

enum MitigatingActions {}

extension MitigatingActions {
    /// The page that chooses a risk's mitigating actions: every plan action a risk can be linked
    /// to, plan by plan, and the open board actions (with any closed one already linked, so that
    /// saving does not drop it).
    struct Model {
        /// One plan's actions, as one group of checkboxes.
        struct PlanGroup {
            /// The first group carries the field's own name, so that an error links to it.
            var field: String
            var planTitle: String
            var options: [(value: String, label: String)]
        }

        /// The risk as recorded: the page names it and posts its version.
        var risk: Risk
        /// By plan title, each by reference.
        var planGroups: [PlanGroup]
        /// By reference.
        var boardOptions: [(value: String, label: String)]

        init(_ risk: Risk, register: RiskRegisterModel) {
            let linkedBoard = register.links.boardActions[risk.id] ?? []
            let planActions = register.planActions.values.sorted { ($0.planTitle, $0.reference) < ($1.planTitle, $1.reference) }
            let boardActions = register.boardActions.values.filter { $0.isOpen || linkedBoard.contains($0.id) }
                .sorted { $0.reference < $1.reference }
            var plans: [(Plan.ID, String)] = []
            for action in planActions where !plans.contains(where: { $0.0 == action.planID }) { plans.append((action.planID, action.planTitle)) }
            self.risk = risk
            planGroups = plans.enumerated().map { index, plan in
                PlanGroup(field: index == 0 ? "planActions" : "planActions-\(plan.0)", planTitle: plan.1,
                          options: planActions.filter { $0.planID == plan.0 }.map { (value: $0.id.description, label: "\($0.reference) \($0.what)") })
            }
            boardOptions = boardActions.map { (value: $0.id.description, label: "\($0.reference) \($0.what)") }
        }
    }
}
