import OversightDomain

/// One action as a table of actions shows it (the overview, a priority, the action list): its
/// lead's name, the due date that stands, its exceptions and the rating that stands, worked out
/// before the table is drawn.
struct PlanActionRow {
    var id: PlanAction.ID
    var reference: String
    var what: String
    var leadName: String?
    /// The revised due date if there is one, otherwise the due date.
    var due: CalendarDate
    /// The date agreed at approval, when it has since been revised.
    var revisedFrom: CalendarDate?
    var exceptions: [String]
    var rating: Rating?
    var status: ActionStatus

    init(_ action: PlanAction, in model: PlanPageModel) {
        id = action.id
        reference = action.reference
        what = action.what
        leadName = model.name(action.leadID)
        due = action.currentDueDate
        revisedFrom = action.revisedDueDate == nil ? nil : action.dueDate
        exceptions = model.exceptions(action).map(\.label)
        rating = model.latestRating(action.id)
        status = action.status
    }
}
