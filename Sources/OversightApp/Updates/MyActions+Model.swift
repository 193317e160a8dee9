import OversightDomain
import OversightStore

/// A lead officer's "My actions" page, across every plan they lead actions in.
enum MyActions {}

extension MyActions {
    /// A section for each plan, with what is due from the officer in its open period.
    struct Model {
        struct Row {
            var actionID: PlanAction.ID
            var reference: String
            var what: String
            var dueDate: CalendarDate
            var rating: Rating?
            /// Unfinished and without an update in the open period: the officer is asked for one.
            var isDue: Bool
            var isFinished: Bool
        }

        struct Period {
            var label: String
            var deadline: CalendarDate
        }

        struct Section {
            var council: CouncilContext
            var planID: Plan.ID
            var planTitle: String
            /// Nil when the plan has no open period.
            var openPeriod: Period?
            var dueCount: Int
            var rows: [Row]

            init(_ model: PlanPageModel, council: CouncilContext, actions: [PlanAction]) {
                let due = model.openPeriod.map { period in
                    actions.filter { !$0.isFinished && !model.hasUpdate($0.id, in: period.id) }
                } ?? []
                self.council = council
                planID = model.record.plan.id
                planTitle = model.record.plan.title
                openPeriod = model.openPeriod.map { Period(label: $0.label, deadline: $0.deadline) }
                dueCount = due.count
                rows = actions.map { action in
                    Row(actionID: action.id, reference: action.reference, what: action.what,
                        dueDate: action.currentDueDate, rating: model.latestRating(action.id),
                        isDue: due.contains(action), isFinished: action.isFinished)
                }
            }
        }

        var sections: [Section]
    }
}
