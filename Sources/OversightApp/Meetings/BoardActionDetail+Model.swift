import OversightDomain

/// A board action's page.
enum BoardActionDetail {}

extension BoardActionDetail {
    /// What the page shows of an action, built from what its handler loaded
    /// (`BoardActionViews.PageModel`): the owner's name, where it stands, and which of the forms
    /// this reader is offered.
    struct Model {
        struct MeetingDay {
            var id: Meeting.ID
            var date: CalendarDate
        }

        struct Closure {
            var on: CalendarDate
            /// The meeting that closed it, when it was closed at one.
            var at: MeetingDay?
            var note: String
        }

        struct Update {
            var date: CalendarDate
            var text: String
            var author: String
        }

        var id: BoardAction.ID
        var reference: String
        var what: String
        var version: Int
        var ownerName: String
        var due: CalendarDate
        var status: BoardActionStatus
        var bodyName: String?
        var raisedAt: MeetingDay?
        var closure: Closure?
        var updates: [Update]
        /// Only an open action takes updates or can be closed, and only by those allowed to.
        var offersUpdate: Bool
        var offersClose: Bool
        /// The meetings it can be recorded as closed at.
        var closingMeetings: [MeetingDay]
        /// The risks it mitigates, as the risk register draws them.
        var risks: MitigatedRisks.Model

        init(_ page: BoardActionViews.PageModel) {
            let action = page.action
            id = action.id
            reference = action.reference
            what = action.what
            version = action.version
            ownerName = page.owner?.name ?? "Someone removed from People"
            due = action.due
            status = BoardActionStatus(action, on: page.today)
            bodyName = page.body?.name
            raisedAt = page.raisedAt.map { MeetingDay(id: $0.id, date: $0.date) }
            closure = action.closedOn.map { closedOn in
                Closure(on: closedOn, at: page.closedAt.map { MeetingDay(id: $0.id, date: $0.date) }, note: action.closingNote ?? "")
            }
            updates = page.updates.map { Update(date: $0.date, text: $0.text, author: $0.author) }
            offersUpdate = page.canUpdate && action.isOpen
            offersClose = page.canClose && action.isOpen
            closingMeetings = page.meetings.map { MeetingDay(id: $0.id, date: $0.date) }
            risks = MitigatedRisks.Model(page.risks, scale: page.riskScale, today: page.today)
        }
    }
}
