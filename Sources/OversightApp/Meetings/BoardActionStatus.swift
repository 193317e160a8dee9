import OversightDomain

/// Where a board action stands on the day its page is read, as every action table tags it: an
/// overdue action is still open, but the tag says the more pressing thing.
enum BoardActionStatus {
    case overdue, open, closed

    init(_ action: BoardAction, on today: CalendarDate) {
        if action.isOverdue(on: today) {
            self = .overdue
        } else {
            self = action.isOpen ? .open : .closed
        }
    }
}
