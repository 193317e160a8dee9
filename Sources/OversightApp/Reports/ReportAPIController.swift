import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Reports in the API, for anyone as on the pages: a visitor gets published reports (a Part II one
/// as its title, paragraph and `exempt`); whoever reads reports also gets drafts.
enum ReportAPIController {
    @Sendable static func reports(req: Request) async throws -> Response {
        let council = try await req.council()
        return try APIController.paged(try await ReportStore.list(in: council.id, publishedOnly: !req.reports.read.isAllowed, on: req.db)
            .map(ReportDTO.init), req)
    }

    @Sendable static func report(req: Request) async throws -> Response {
        let (model, access) = try await req.reportPage()
        let report = model.report
        var dto = ReportDTO(ReportSummary(id: report.id, title: report.title, body: report.body,
                                          meetingDate: report.meetingDate, part: report.part, status: report.status))
        dto.exemptionParagraph = report.exemption?.paragraph.rawValue
        if access != .exempt, let document = model.document { dto.markdown = MarkdownRenderer.render(document) }
        return try APIController.json(dto, req)
    }
}
