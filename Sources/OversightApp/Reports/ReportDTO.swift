import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// A report in the API. Exempt (Part II) content is present only for holders of Part II access;
/// for everyone else a Part II report is its title, its paragraph of Schedule 12A and `exempt`.
struct ReportDTO: Codable, Equatable, Sendable {
    var id: String
    var title: String
    /// The council's body the report goes to, as a meeting names it.
    var body: MeetingDTO.BodyRef
    var meetingDate: String
    var part: CodeAndLabel
    var status: CodeAndLabel
    var exempt: Bool
    var exemptionParagraph: Int?
    /// The report and its appendices as Markdown; nil when exempt for this caller, or in lists.
    var markdown: String?

    init(_ summary: ReportSummary) {
        id = summary.id.description
        title = summary.title
        body = MeetingDTO.BodyRef(id: summary.body.id.description, name: summary.body.name, kind: CodeAndLabel(summary.body.kind))
        meetingDate = summary.meetingDate.iso
        part = CodeAndLabel(summary.part)
        status = CodeAndLabel(summary.status)
        exempt = summary.part == .partII
    }
}
