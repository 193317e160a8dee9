import OversightDomain
import OversightStore

/// A forward plan entry in the API: what its public notice says, with stable ids and ISO dates.
struct ForwardPlanEntryDTO: Codable, Equatable, Sendable {
    struct Route: Codable, Equatable, Sendable {
        var code: String
        var label: String
        var reason: String?
        /// The scrutiny chair informed (general exception) or agreeing (special urgency).
        var chair: String?
        var date: String?
    }

    struct PrivateMeeting: Codable, Equatable, Sendable {
        var exemptionParagraph: Int
        var reasons: String
        var noticeOfIntention: String?
        var representations: String
        var response: String
        var furtherNotice: String?
    }

    struct ReportRef: Codable, Equatable, Sendable {
        var id: String
        var title: String
    }

    var id: String
    var reference: String
    var matter: String
    var summary: String
    var decisionMaker: MeetingDTO.BodyRef?
    var decisionDate: String
    var documents: [String]
    var report: ReportRef?
    var contact: String
    var published: String?
    var route: Route
    var privateMeeting: PrivateMeeting?
    var withdrawn: String?

    init(_ entry: ForwardPlanEntry, body: GoverningBody?, reports: [Report.ID: ReportSummary]) {
        id = entry.id.description
        reference = entry.reference
        matter = entry.matter
        summary = entry.summary
        decisionMaker = body.map { MeetingDTO.BodyRef(id: $0.id.description, name: $0.name, kind: CodeAndLabel($0.kind)) }
        decisionDate = entry.decisionDate.iso
        documents = entry.documents
        report = entry.reportID.flatMap { reports[$0] }.map { ReportRef(id: $0.id.description, title: $0.title) }
        contact = entry.contact
        published = entry.published?.iso
        switch entry.route {
        case .notice: route = Route(code: entry.route.code, label: entry.route.label)
        case let .generalException(exception):
            route = Route(code: entry.route.code, label: entry.route.label, reason: exception.reason, chair: exception.chairInformed,
                          date: exception.informedOn.iso)
        case let .specialUrgency(urgency):
            route = Route(code: entry.route.code, label: entry.route.label, reason: urgency.reason, chair: urgency.agreedBy,
                          date: urgency.agreedOn.iso)
        }
        privateMeeting = entry.privateMeeting.map {
            PrivateMeeting(exemptionParagraph: $0.paragraph.rawValue, reasons: $0.reasons, noticeOfIntention: $0.firstNotice?.iso,
                           representations: $0.representations, response: $0.response, furtherNotice: $0.finalNotice?.iso)
        }
        withdrawn = entry.withdrawn
    }
}
