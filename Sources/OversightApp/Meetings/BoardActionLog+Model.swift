import OversightDomain

/// The action log page.
enum BoardActionLog {}

extension BoardActionLog {
    /// Which actions the log shows, from its `show` query parameter.
    enum Filter: String, CaseIterable {
        case open, overdue, closed, all

        var label: String {
            switch self {
            case .open: "Open"
            case .overdue: "Overdue"
            case .closed: "Closed"
            case .all: "All"
            }
        }

        func includes(_ action: BoardAction, today: CalendarDate) -> Bool {
            switch self {
            case .open: action.isOpen
            case .overdue: action.isOverdue(on: today)
            case .closed: !action.isOpen
            case .all: true
            }
        }
    }

    /// The actions the chosen filter shows, overdue first and then by due date, and the log's
    /// totals, which count every action whatever the filter.
    struct Model {
        struct Row {
            var id: BoardAction.ID
            var reference: String
            var what: String
            var bodyName: String
            var ownerName: String
            var due: CalendarDate
            var status: BoardActionStatus
        }

        var filter: Filter
        var openCount: Int
        var overdueCount: Int
        var closedCount: Int
        var rows: [Row]

        var shownCount: Int { rows.count }

        init(_ actions: [BoardAction], filter: Filter, bodies: [GoverningBody.ID: GoverningBody],
             people: [Person.ID: Person], today: CalendarDate) {
            self.filter = filter
            openCount = actions.filter(\.isOpen).count
            overdueCount = actions.filter { $0.isOverdue(on: today) }.count
            closedCount = actions.filter { !$0.isOpen }.count
            let shown = actions.filter { filter.includes($0, today: today) }
                .sorted { ($0.isOverdue(on: today) ? 0 : 1, $0.due, $0.reference) < ($1.isOverdue(on: today) ? 0 : 1, $1.due, $1.reference) }
            rows = shown.map { action in
                Row(id: action.id, reference: action.reference, what: action.what, bodyName: bodies[action.bodyID]?.name ?? "",
                    ownerName: people[action.ownerID]?.name ?? "Someone removed from People", due: action.due,
                    status: BoardActionStatus(action, on: today))
            }
        }
    }
}
