/// One numbered item of business. A Part II item carries the Schedule 12A paragraph that exempts
/// it; its papers and its minutes are shown only to people with Part II access.
public struct AgendaItem: Hashable, Sendable, Codable {
    public typealias ID = Identifier<AgendaItem>

    public var id: ID
    public var meetingID: Meeting.ID
    public var position: Int
    public var title: String
    public var part: ReportPart
    public var exemption: Exemption?
    /// A committee report in Oversight that this item considers.
    public var reportID: Report.ID?
    /// Other papers, one title per line ("Performance scorecard, August 2017").
    public var papers: [String]
    /// The minute: what was discussed, in Markdown. Empty until the meeting is held.
    public var discussion: String
    public var version: Int

    public init(id: ID, meetingID: Meeting.ID, position: Int, title: String, part: ReportPart, exemption: Exemption?,
                reportID: Report.ID?, papers: [String], discussion: String = "", version: Int = 1) {
        self.id = id
        self.meetingID = meetingID
        self.position = position
        self.title = title
        self.part = part
        self.exemption = exemption
        self.reportID = reportID
        self.papers = papers
        self.discussion = discussion
        self.version = version
    }

    public var isExempt: Bool { part == .partII }
}

/// Who was there: members present, apologies sent, absent without apology.
public enum AttendanceStatus: String, Labelled {
    case present, apologies, absent

    public var label: String {
        switch self {
        case .present: "Present"
        case .apologies: "Apologies"
        case .absent: "Absent"
        }
    }
}

public struct Attendance: Hashable, Sendable, Codable {
    public var meetingID: Meeting.ID
    public var personID: Person.ID
    public var status: AttendanceStatus

    public init(meetingID: Meeting.ID, personID: Person.ID, status: AttendanceStatus) {
        self.meetingID = meetingID
        self.personID = personID
        self.status = status
    }
}

/// An interest a member declared on an item, and any dispensation that let them take part.
public struct Declaration: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Declaration>

    public var id: ID
    public var itemID: AgendaItem.ID
    public var personID: Person.ID
    public var interest: String
    public var dispensation: String?

    public init(id: ID, itemID: AgendaItem.ID, personID: Person.ID, interest: String, dispensation: String?) {
        self.id = id
        self.itemID = itemID
        self.personID = personID
        self.interest = interest
        self.dispensation = dispensation
    }
}

public enum Quorum {
    /// Present members who vote, counted against the body's quorum on the day of the meeting.
    public static func presentVoters(_ attendance: [Attendance], members: [Membership], on date: CalendarDate) -> Int {
        let voters = Set(members.filter { $0.role.votes && $0.isCurrent(on: date) }.map(\.personID))
        return attendance.filter { $0.status == .present && voters.contains($0.personID) }.count
    }
}
