import OversightDomain
import OversightStore

/// A plan's exceptions page: the actions that need the board's attention.
enum ExceptionList {}

extension ExceptionList {
    /// The actions with at least one exception, each with its reasons, one page of them at a time.
    struct Model {
        struct Row {
            var actionID: PlanAction.ID
            var reference: String
            var what: String
            var leadName: String?
            var dueDate: CalendarDate
            var rating: Rating?
            var reasons: [ActionException]
        }

        var planID: Plan.ID
        var planTitle: String
        /// Nil when no period is open.
        var openPeriodLabel: String?
        /// Over every action that needs attention; `rows` are the current page's.
        var paging: Paging
        var rows: [Row]

        init(_ model: PlanPageModel, page: Int = 1) {
            let all = model.record.actions.compactMap { action -> Row? in
                let reasons = model.exceptions(action)
                guard !reasons.isEmpty else { return nil }
                return Row(actionID: action.id, reference: action.reference, what: action.what,
                           leadName: model.name(action.leadID), dueDate: action.currentDueDate,
                           rating: model.latestRating(action.id), reasons: reasons)
            }
            let paging = Paging(page: page, perPage: ActionListQuery.perPage, total: all.count)
            planID = model.record.plan.id
            planTitle = model.record.plan.title
            openPeriodLabel = model.openPeriod?.label
            self.paging = paging
            rows = Array(paging.slice(all))
        }
    }
}
