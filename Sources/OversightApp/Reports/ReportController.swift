import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Reading reports: the list, a report's page and its downloads. These answer visitors who are
/// not signed in too, showing them published Part I reports only.
enum ReportController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let staff = req.reports.staff
        let reports = try await ReportStore.list(in: council.id, publishedOnly: !staff, on: req.db)
        return HTMLResponse(html: ReportViews.list(ReportList.Model(reports), council: council.context, context: req.viewContext))
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        let (model, access) = try await req.reportPage()
        return HTMLResponse(html: ReportViews.show(ReportPage.Model(model), access: access, context: req.viewContext))
    }

    /// The document a download renders, refusing exempt material to those without Part II access.
    private static func downloadable(_ req: Request) async throws -> ReportPageModel {
        let (model, access) = try await req.reportPage()
        guard access != .exempt, model.document != nil else { throw ReportDownload.exempt }
        return model
    }

    /// A published Part I report's files are the same for everyone who may have them: anyone.
    /// Not one with an exempt appendix, whose files differ with the reader's Part II access.
    static func cacheable(_ response: Response, _ report: Report, published: Bool, differsByReader: Bool) -> Response {
        guard !report.isExempt, published, !differsByReader, response.status == .ok else { return response }
        return response.cachedPublicly(for: 300)
    }

    static func fileName(_ report: Report, _ ext: String) -> String {
        let slug = report.title.lowercased().split { !$0.isLetter && !$0.isNumber }.prefix(8).joined(separator: "-")
        return "\(report.meetingDate.iso)-\(slug.isEmpty ? "report" : slug).\(ext)"
    }

    @Sendable static func docx(req: Request) async throws -> Response {
        let file = try await req.reportDownload()
        let data = try DocxRenderer.render(file.document, baseURL: req.baseURL)
        return cacheable(.download(data, type: EvidenceKind.word.contentType, fileName: fileName(file.report, "docx")),
                         file.report, published: file.published, differsByReader: file.differsByReader)
    }

    @Sendable static func markdown(req: Request) async throws -> Response {
        let file = try await req.reportDownload()
        return cacheable(.download(MarkdownRenderer.render(file.document), type: "text/markdown; charset=utf-8",
                                   fileName: fileName(file.report, "md")), file.report, published: file.published,
                         differsByReader: file.differsByReader)
    }

    @Sendable static func pdf(req: Request) async throws -> Response {
        let model = try await downloadable(req)
        guard let document = model.document else { throw Abort(.notFound) }
        let html = ReportViews.printable(document, council: model.council.name)
        do {
            let data = try await req.printedPDF(html, frozen: model.publication != nil)
            return cacheable(.download(data, type: "application/pdf", fileName: fileName(model.report, "pdf")), model.report,
                             published: model.publication != nil,
                             differsByReader: model.appendices.contains { $0.exemption != nil })
        } catch let error as PDFPrinter.Failure {
            return try await HTMLResponse(status: .serviceUnavailable, html: ReportViews.pdfUnavailable(
                model, message: error.message, context: req.viewContext)).encodeResponse(for: req)
                .retrying(after: error.retryAfterSeconds)
        }
    }
}

extension Request {
    /// The address this request came to, for links in documents that leave the site (Word files).
    var baseURL: String {
        let scheme = isHTTPS ? "https" : "http"
        let host = headers.first(name: .host) ?? "localhost"
        return "\(scheme)://\(host)"
    }
}
