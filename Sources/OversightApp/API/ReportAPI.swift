import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// A report in the API. Exempt (Part II) content is present only for holders of Part II access;
/// for everyone else a Part II report is its title, its paragraph of Schedule 12A and `exempt`.
struct ReportDTO: Codable, Equatable, Sendable {
    var id: String
    var title: String
    var body: CodeAndLabel
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
        body = CodeAndLabel(summary.body)
        meetingDate = summary.meetingDate.iso
        part = CodeAndLabel(summary.part)
        status = CodeAndLabel(summary.status)
        exempt = summary.part == .partII
    }
}

enum ReportAPIController {
    @Sendable static func reports(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        return try APIController.paged(try await ReportStore.list(in: council.id, publishedOnly: false, on: req.db)
            .map(ReportDTO.init), req)
    }

    @Sendable static func report(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        let (model, access) = try await req.reportPage()
        let report = model.report
        var dto = ReportDTO(ReportSummary(id: report.id, title: report.title, body: report.body,
                                          meetingDate: report.meetingDate, part: report.part, status: report.status))
        dto.exemptionParagraph = report.exemption?.paragraph.rawValue
        if access != .exempt, let document = model.document { dto.markdown = MarkdownRenderer.render(document) }
        return try APIController.json(dto, req)
    }
}
