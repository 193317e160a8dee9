import OversightDomain
import OversightStore
import Vapor

/// A meeting in the API: the same facts as its public page. Part II items, and the decisions,
/// declarations and actions that hang from them, are present only for holders of Part II access.
struct MeetingDTO: Codable, Equatable, Sendable {
    struct BodyRef: Codable, Equatable, Sendable {
        var id: String
        var name: String
        var kind: CodeAndLabel
    }

    struct Item: Codable, Equatable, Sendable {
        var id: String
        var number: Int
        var title: String
        var part: CodeAndLabel
        var exemptionParagraph: Int?
        var reportID: String?
        var papers: [String]
        /// The minute of the discussion, in Markdown, once written.
        var minute: String?
    }

    struct Present: Codable, Equatable, Sendable {
        var personID: String
        var name: String
        var status: CodeAndLabel
    }

    struct DecisionDTO: Codable, Equatable, Sendable {
        /// "5.1": item 5's first decision.
        var number: String
        var itemID: String
        var text: String
        var reasons: String
        var alternatives: String?
        var votes: Votes?
    }

    struct ActionDTO: Codable, Equatable, Sendable {
        var id: String
        var reference: String
        var what: String
        var owner: String
        var due: String
        var closedOn: String?
    }

    var id: String
    var body: BodyRef
    var date: String
    var time: String
    var place: String
    var status: CodeAndLabel
    var agendaPublishedOn: String?
    var papersDueBy: String
    var cancelReason: String?
    var minutesApprovedAt: String?
    /// Nil in lists; the agenda and minutes of one meeting.
    var agenda: [Item]?
    var attendance: [Present]?
    var decisions: [DecisionDTO]?
    var actions: [ActionDTO]?

    init(_ meeting: Meeting, body: GoverningBody, rules: PublicationRules) {
        id = meeting.id.description
        self.body = BodyRef(id: body.id.description, name: body.name, kind: CodeAndLabel(body.kind))
        date = meeting.date.iso
        time = meeting.time.code
        place = meeting.place
        status = CodeAndLabel(meeting.status)
        agendaPublishedOn = meeting.agendaPublishedOn?.iso
        papersDueBy = rules.publishBy(meeting: meeting.date).iso
        cancelReason = meeting.cancelReason
        minutesApprovedAt = meeting.minutesApprovedAt?.description
    }
}
