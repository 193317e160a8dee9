import Foundation

/// A board or committee that meets: the Improvement Board, Cabinet, a scrutiny committee.
/// Its members come from the people directory, so a chair who never signs in can still be named.
public struct GoverningBody: Hashable, Sendable, Codable {
    public typealias ID = Identifier<GoverningBody>

    public var id: ID
    public var councilID: Council.ID
    public var name: String
    public var kind: BodyKind
    /// Markdown, escaped before it is rendered like every narrative.
    public var termsOfReference: String
    /// How many voting members must be present for the meeting to decide anything.
    public var quorum: Int
    /// The family of the report template new reports to this body start from; nil for the standard one.
    public var reportTemplate: UUID?
    public var version: Int

    public init(id: ID, councilID: Council.ID, name: String, kind: BodyKind, termsOfReference: String, quorum: Int,
                reportTemplate: UUID? = nil, version: Int = 1) {
        self.id = id
        self.councilID = councilID
        self.name = name
        self.kind = kind
        self.termsOfReference = termsOfReference
        self.quorum = quorum
        self.reportTemplate = reportTemplate
        self.version = version
    }
}

public enum BodyKind: String, Labelled {
    case improvementBoard = "improvement-board"
    case cabinet
    case scrutiny = "scrutiny-committee"
    case fullCouncil = "full-council"
    case partnershipBoard = "partnership-board"
    case other

    public var label: String {
        switch self {
        case .improvementBoard: "Improvement board"
        case .cabinet: "Cabinet"
        case .scrutiny: "Scrutiny committee"
        case .fullCouncil: "Full council"
        case .partnershipBoard: "Partnership board"
        case .other: "Other"
        }
    }
}

/// A person's seat on a body, with the dates it was held: the history of who sat when is kept.
public struct Membership: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Membership>

    public var id: ID
    public var bodyID: GoverningBody.ID
    public var personID: Person.ID
    public var role: MemberRole
    public var from: CalendarDate
    /// Nil while the person still sits on the body.
    public var until: CalendarDate?

    public init(id: ID, bodyID: GoverningBody.ID, personID: Person.ID, role: MemberRole, from: CalendarDate,
                until: CalendarDate? = nil) {
        self.id = id
        self.bodyID = bodyID
        self.personID = personID
        self.role = role
        self.from = from
        self.until = until
    }

    public func isCurrent(on date: CalendarDate) -> Bool {
        from <= date && (until.map { date <= $0 } ?? true)
    }

    /// Not ended by `date`: current, or joining later.
    public func isNotEnded(on date: CalendarDate) -> Bool { until.map { $0 >= date } ?? true }
}

public enum MembershipError: Error, Equatable, Sendable {
    case endsBeforeItBegan(CalendarDate)
    case memberAlready(since: CalendarDate)

    public var message: String {
        switch self {
        case let .endsBeforeItBegan(from): "Last day as a member must be on or after \(UKDateFormat.long(from)), when the membership began"
        case let .memberAlready(since): "This person has been a member since \(UKDateFormat.long(since)): end that membership before adding another role"
        }
    }
}

public enum MemberRole: String, Labelled {
    case independentChair = "independent-chair"
    case chair
    case viceChair = "vice-chair"
    case member
    case adviser
    case officer = "officer-in-attendance"

    public var label: String {
        switch self {
        case .independentChair: "Independent chair"
        case .chair: "Chair"
        case .viceChair: "Vice chair"
        case .member: "Member"
        case .adviser: "Adviser"
        case .officer: "Officer in attendance"
        }
    }

    /// Advisers and officers attend and speak but do not vote, so they do not make a meeting quorate.
    public var votes: Bool { self != .adviser && self != .officer }
}
