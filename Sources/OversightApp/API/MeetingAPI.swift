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

enum MeetingAPIController {
    /// Every meeting of the council, earliest first; `body` narrows to one board or committee.
    @Sendable static func meetings(req: Request) async throws -> Response {
        let council = try await req.council()
        var body: GoverningBody.ID?
        if let text = try? req.query.get(String.self, at: "body") {
            guard let id = GoverningBody.ID(text) else { throw Abort(.badRequest, reason: "body must be the id of a board or committee, not \(text)") }
            body = id
        }
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council.id, on: req.db).map { ($0.id, $0) })
        let rules = try await req.publicationRules()
        let meetings = try await MeetingStore.meetings(in: council.id, body: body, on: req.db)
        return try APIController.paged(meetings.compactMap { meeting in
            bodies[meeting.bodyID].map { MeetingDTO(meeting, body: $0, rules: rules) }
        }, req)
    }

    @Sendable static func meeting(req: Request) async throws -> Response {
        let council = try await req.council()
        let model = try await req.meetingPage(in: council)
        let record = model.record
        var dto = MeetingDTO(model.meeting, body: record.body, rules: model.rules)
        let minutesWritten = model.meeting.status == .held || model.meeting.status == .minutesApproved
        let positions = Dictionary(uniqueKeysWithValues: record.items.map { ($0.id, $0.position) })
        dto.agenda = record.items.map { item in
            MeetingDTO.Item(id: item.id.description, number: item.position, title: item.title, part: CodeAndLabel(item.part),
                            exemptionParagraph: item.exemption?.paragraph.rawValue,
                            reportID: item.reportID.flatMap { model.reports[$0] == nil ? nil : $0.description },
                            papers: item.papers, minute: minutesWritten && !item.discussion.isEmpty ? item.discussion : nil)
        }
        dto.attendance = record.attendance.map {
            MeetingDTO.Present(personID: $0.personID.description, name: model.name($0.personID), status: CodeAndLabel($0.status))
        }
        dto.decisions = record.decisions.map {
            MeetingDTO.DecisionDTO(number: "\(positions[$0.itemID] ?? 0).\($0.number)", itemID: $0.itemID.description, text: $0.text,
                                   reasons: $0.reasons, alternatives: $0.alternatives, votes: $0.votes)
        }
        dto.actions = record.actions.map {
            MeetingDTO.ActionDTO(id: $0.id.description, reference: $0.reference, what: $0.what, owner: model.name($0.ownerID),
                                 due: $0.due.iso, closedOn: $0.closedOn?.iso)
        }
        return try APIController.json(dto, req)
    }
}
