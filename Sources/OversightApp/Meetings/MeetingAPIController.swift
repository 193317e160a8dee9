import OversightDomain
import OversightStore
import Vapor

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
