import OversightDomain

/// The table of board actions shown in a meeting's minutes, on an item's minute page, on the
/// overview and on a risk's page.
enum BoardActionTable {}

extension BoardActionTable {
    /// The rows in the order given, with each owner's name and where each action stands already worked out.
    struct Model {
        struct Row {
            var id: BoardAction.ID
            var reference: String
            var what: String
            var ownerName: String
            var due: CalendarDate
            var status: BoardActionStatus
        }

        var rows: [Row]

        init(_ actions: [BoardAction], people: [Person.ID: Person], today: CalendarDate) {
            rows = actions.map { action in
                Row(id: action.id, reference: action.reference, what: action.what,
                    ownerName: people[action.ownerID]?.name ?? "Someone removed from People", due: action.due,
                    status: BoardActionStatus(action, on: today))
            }
        }
    }
}
