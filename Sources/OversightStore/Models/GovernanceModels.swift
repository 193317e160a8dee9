import Fluent
import Foundation
import OversightDomain

public final class GoverningBodyModel: Model, @unchecked Sendable {
    public static let schema = "governing_bodies"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "terms") var terms: String
    @Field(key: "quorum") var quorum: Int
    /// Migration 0033: the family of the template new reports to the body start from.
    @OptionalField(key: "report_template") var reportTemplate: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> GoverningBody {
        guard let id, let kind = BodyKind.from(code: kind) else { throw StoreError.corrupt("body \(name)") }
        return GoverningBody(id: .init(id), councilID: .init(councilID), name: name, kind: kind, termsOfReference: terms,
                             quorum: quorum, reportTemplate: reportTemplate, version: version)
    }
}

public final class MembershipModel: Model, @unchecked Sendable {
    public static let schema = "body_members"

    @ID(key: .id) public var id: UUID?
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "role") var role: String
    @Field(key: "from_date") var from: String
    @OptionalField(key: "until_date") var until: String?

    public init() {}

    func toDomain() throws -> Membership {
        guard let id, let role = MemberRole.from(code: role), let start = CalendarDate(iso: from) else {
            throw StoreError.corrupt("membership \(id?.uuidString ?? "")")
        }
        return Membership(id: .init(id), bodyID: .init(bodyID), personID: .init(personID), role: role, from: start,
                          until: until.flatMap { CalendarDate(iso: $0) })
    }
}

public final class MeetingModel: Model, @unchecked Sendable {
    public static let schema = "meetings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "date") var date: String
    @Field(key: "time") var time: String
    @Field(key: "place") var place: String
    @Field(key: "status") var status: String
    @OptionalField(key: "agenda_published_on") var agendaPublishedOn: String?
    @OptionalField(key: "late_reason") var lateReason: String?
    @OptionalField(key: "cancel_reason") var cancelReason: String?
    @OptionalField(key: "minutes_approved_at") var minutesApprovedAt: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> Meeting {
        guard let id, let day = CalendarDate(iso: date), let clock = ClockTime(text: time),
              let status = MeetingStatus.from(code: status) else { throw StoreError.corrupt("meeting \(id?.uuidString ?? "")") }
        return Meeting(id: .init(id), councilID: .init(councilID), bodyID: .init(bodyID), date: day, time: clock, place: place,
                       status: status, agendaPublishedOn: agendaPublishedOn.flatMap { CalendarDate(iso: $0) },
                       lateReason: lateReason, cancelReason: cancelReason, minutesApprovedAt: minutesApprovedAt.map { .init($0) },
                       version: version)
    }
}

public final class AgendaItemModel: Model, @unchecked Sendable {
    public static let schema = "agenda_items"

    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @Field(key: "part") var part: String
    @OptionalField(key: "exempt_paragraph") var exemptParagraph: Int?
    @OptionalField(key: "public_interest") var publicInterest: String?
    @OptionalField(key: "report_id") var reportID: UUID?
    /// One title per line.
    @Field(key: "papers") var papers: String
    @Field(key: "discussion") var discussion: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> AgendaItem {
        guard let id, let part = ReportPart.from(code: part) else { throw StoreError.corrupt("agenda item \(title)") }
        let exemption = exemptParagraph.flatMap(Schedule12A.init(rawValue:)).map {
            Exemption(paragraph: $0, publicInterest: publicInterest ?? "")
        }
        return AgendaItem(id: .init(id), meetingID: .init(meetingID), position: position, title: title, part: part,
                          exemption: exemption, reportID: reportID.map { .init($0) },
                          papers: papers.split(separator: "\n").map(String.init), discussion: discussion, version: version)
    }
}

public final class AttendanceModel: Model, @unchecked Sendable {
    public static let schema = "meeting_attendance"

    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "status") var status: String

    public init() {}

    func toDomain() throws -> Attendance {
        guard let status = AttendanceStatus.from(code: status) else { throw StoreError.corrupt("attendance \(status)") }
        return Attendance(meetingID: .init(meetingID), personID: .init(personID), status: status)
    }
}

public final class DeclarationModel: Model, @unchecked Sendable {
    public static let schema = "declarations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "interest") var interest: String
    @OptionalField(key: "dispensation") var dispensation: String?

    public init() {}

    func toDomain() throws -> Declaration {
        guard let id else { throw StoreError.corrupt("declaration without id") }
        return Declaration(id: .init(id), itemID: .init(itemID), personID: .init(personID), interest: interest,
                           dispensation: dispensation)
    }
}

public final class DecisionModel: Model, @unchecked Sendable {
    public static let schema = "decisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "number") var number: Int
    @Field(key: "text") var text: String
    @Field(key: "reasons") var reasons: String
    @OptionalField(key: "alternatives") var alternatives: String?
    @OptionalField(key: "votes_for") var votesFor: Int?
    @OptionalField(key: "votes_against") var votesAgainst: Int?
    @OptionalField(key: "votes_abstained") var votesAbstained: Int?
    @Field(key: "created_at") var createdAt: Date

    public init() {}

    func toDomain() throws -> Decision {
        guard let id else { throw StoreError.corrupt("decision without id") }
        let votes = votesFor.map { Votes(inFavour: $0, against: votesAgainst ?? 0, abstained: votesAbstained ?? 0) }
        return Decision(id: .init(id), meetingID: .init(meetingID), itemID: .init(itemID), number: number, text: text,
                        reasons: reasons, alternatives: alternatives, votes: votes)
    }
}

public final class BoardActionModel: Model, @unchecked Sendable {
    public static let schema = "board_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "body_id") var bodyID: UUID
    @Field(key: "meeting_id") var meetingID: UUID
    @OptionalField(key: "item_id") var itemID: UUID?
    @Field(key: "reference") var reference: String
    @Field(key: "what") var what: String
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "due") var due: String
    @OptionalField(key: "closed_at") var closedAt: UUID?
    @OptionalField(key: "closed_on") var closedOn: String?
    @OptionalField(key: "closing_note") var closingNote: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> BoardAction {
        guard let id, let dueDate = CalendarDate(iso: due) else { throw StoreError.corrupt("board action \(reference)") }
        return BoardAction(id: .init(id), councilID: .init(councilID), bodyID: .init(bodyID), meetingID: .init(meetingID),
                           itemID: itemID.map { .init($0) }, reference: reference, what: what, ownerID: .init(ownerID),
                           due: dueDate, closedAt: closedAt.map { .init($0) }, closedOn: closedOn.flatMap { CalendarDate(iso: $0) },
                           closingNote: closingNote, version: version)
    }
}

public final class BoardActionUpdateModel: Model, @unchecked Sendable {
    public static let schema = "board_action_updates"

    @ID(key: .id) public var id: UUID?
    @Field(key: "action_id") var actionID: UUID
    @Field(key: "date") var date: String
    @Field(key: "text") var text: String
    @Field(key: "author") var author: String
    @Field(key: "created_at") var createdAt: Date

    public init() {}

    func toDomain() throws -> BoardActionUpdate {
        guard let day = CalendarDate(iso: date) else { throw StoreError.corrupt("board action update \(date)") }
        return BoardActionUpdate(actionID: .init(actionID), date: day, text: text, author: author)
    }
}

/// A meeting's frozen board pack; its id is the meeting's.
public final class BoardPackModel: Model, @unchecked Sendable {
    public static let schema = "board_packs"

    @ID(key: .id) public var id: UUID?
    @Field(key: "built_on") var builtOn: String
    @Field(key: "built_by") var builtBy: String
    @Field(key: "part_one") var partOne: String
    @Field(key: "full") var full: String
    @Field(key: "checksum") var checksum: String
    @Field(key: "built_at") var builtAt: Date

    public init() {}
}
