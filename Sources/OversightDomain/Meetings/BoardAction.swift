/// Something a body asked someone to do: the action log carries it from the meeting that raised
/// it, through its updates, to the meeting that closed it.
public struct BoardAction: Hashable, Sendable, Codable {
    public typealias ID = Identifier<BoardAction>

    public var id: ID
    public var councilID: Council.ID
    public var bodyID: GoverningBody.ID
    public var meetingID: Meeting.ID
    public var itemID: AgendaItem.ID?
    /// "IB-2017-03-2": the body's short reference, the meeting's month and a count.
    public var reference: String
    public var what: String
    public var ownerID: Person.ID
    public var due: CalendarDate
    public var closedAt: Meeting.ID?
    public var closedOn: CalendarDate?
    public var closingNote: String?
    public var version: Int

    public init(id: ID, councilID: Council.ID, bodyID: GoverningBody.ID, meetingID: Meeting.ID, itemID: AgendaItem.ID?,
                reference: String, what: String, ownerID: Person.ID, due: CalendarDate, closedAt: Meeting.ID? = nil,
                closedOn: CalendarDate? = nil, closingNote: String? = nil, version: Int = 1) {
        self.id = id
        self.councilID = councilID
        self.bodyID = bodyID
        self.meetingID = meetingID
        self.itemID = itemID
        self.reference = reference
        self.what = what
        self.ownerID = ownerID
        self.due = due
        self.closedAt = closedAt
        self.closedOn = closedOn
        self.closingNote = closingNote
        self.version = version
    }

    public var isOpen: Bool { closedOn == nil }

    /// Open after its due date: the log shows it first and in red.
    public func isOverdue(on today: CalendarDate) -> Bool { isOpen && due < today }
}

public struct BoardActionUpdate: Hashable, Sendable, Codable {
    public var actionID: BoardAction.ID
    public var date: CalendarDate
    public var text: String
    public var author: String

    public init(actionID: BoardAction.ID, date: CalendarDate, text: String, author: String) {
        self.actionID = actionID
        self.date = date
        self.text = text
        self.author = author
    }
}

public enum BoardActionReference {
    /// The body's initials, the meeting's date and a count: "CSIB-2017-10-12-3".
    public static func make(body: String, meeting: CalendarDate, count: Int) -> String {
        let initials = body.split(whereSeparator: { !$0.isLetter && $0 != "'" })
            .compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } }
        return "\(initials.isEmpty ? "B" : String(initials))-\(meeting.iso)-\(count)"
    }
}

public enum BoardActionError: Error, Equatable, Sendable {
    case closedAlready(CalendarDate?)

    public var message: String {
        switch self {
        case let .closedAlready(on): "The action was closed already" + (on.map { " on \(UKDateFormat.long($0))" } ?? "")
        }
    }
}
