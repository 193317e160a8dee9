import OversightDomain
import OversightStore

/// One period's page: who has updated, who has not, and the updates waiting for review.
enum PeriodUpdates {}

extension PeriodUpdates {
    /// The period's page as it shows: the unfinished actions without an update, and one page of
    /// the period's updates, those waiting for review (the programme manager's work) first.
    struct Model {
        /// Updates shown on one page of a period: each is a card with its narrative, so fewer than a table.
        static let updatesPerPage = 25

        struct Missing {
            var actionID: PlanAction.ID
            var reference: String
            var what: String
            var leadName: String?
        }

        var planID: Plan.ID
        var planTitle: String
        var periodID: UpdatePeriod.ID
        var periodLabel: String
        var isOpen: Bool
        var deadline: CalendarDate
        var missing: [Missing]
        /// Over all the period's updates; `cards` are the current page's.
        var paging: Paging
        /// How many of the period's updates wait for review.
        var waiting: Int
        var cards: [UpdateCard.Model]

        init(_ period: UpdatePeriod, model: PlanPageModel, page: Int = 1) {
            let unreported = model.record.actions.filter { !$0.isFinished && !model.hasUpdate($0.id, in: period.id) }
            // Those waiting for review first (the programme manager's work), then the newest.
            let newestFirst = Array(model.updates.filter { $0.periodID == period.id }.reversed())
            let inPeriod = newestFirst.filter { $0.state == .submitted } + newestFirst.filter { $0.state != .submitted }
            let paging = Paging(page: page, perPage: Self.updatesPerPage, total: inPeriod.count)
            let references = Dictionary(uniqueKeysWithValues: model.record.actions.map { ($0.id, $0.reference) })
            planID = model.record.plan.id
            planTitle = model.record.plan.title
            periodID = period.id
            periodLabel = period.label
            isOpen = period.isOpen
            deadline = period.deadline
            missing = unreported.map { action in
                Missing(actionID: action.id, reference: action.reference, what: action.what, leadName: model.name(action.leadID))
            }
            self.paging = paging
            waiting = inPeriod.filter { $0.state == .submitted }.count
            cards = paging.slice(inPeriod).map { update in
                UpdateCard.Model(update, title: "Action \(references[update.actionID] ?? "")", page: model)
            }
        }
    }
}
