import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// A meeting's board pack as a page, a Word file and a PDF. Until the agenda is published the
/// pack is built from the data as it stands; publishing freezes it, and from then on every
/// format is rendered from the frozen document.
enum BoardPackController {
    /// Why a meeting has no pack: said on a page of its own, with a 404.
    struct NoPack: Error {
        var meeting: Meeting
        var message: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await explainingNoPack(req) { council, model in
            try await HTMLResponse(html: BoardPackViews.page(model, council: council.context, context: req.viewContext)).encodeResponse(for: req)
        }
    }

    @Sendable static func docx(req: Request) async throws -> Response {
        try await explainingNoPack(req) { _, model in
            .download(try DocxRenderer.render(model.document, baseURL: req.baseURL), type: EvidenceKind.word.contentType,
                      fileName: fileName(model, "docx"))
        }
    }

    @Sendable static func pdf(req: Request) async throws -> Response {
        try await explainingNoPack(req) { council, model in
            do {
                let data = try await req.printedPDF(ReportViews.printable(model.document, council: council.name),
                                                    frozen: model.frozen != nil)
                return .download(data, type: "application/pdf", fileName: fileName(model, "pdf"))
            } catch let error as PDFPrinter.Failure {
                return try await HTMLResponse(status: .serviceUnavailable, html: BoardPackViews.pdfUnavailable(
                    model, message: error.message, council: council.context, context: req.viewContext)).encodeResponse(for: req)
                    .retrying(after: error.retryAfterSeconds)
            }
        }
    }

    private static func explainingNoPack(_ req: Request, _ respond: (Council, BoardPackPageModel) async throws -> Response)
        async throws -> Response {
        let council = try await req.council()
        do {
            return try await respond(council, try await load(req, council: council))
        } catch let noPack as NoPack {
            return try await HTMLResponse(status: .notFound, html: BoardPackViews.noPack(
                noPack.meeting, message: noPack.message, council: council.context, context: req.viewContext)).encodeResponse(for: req)
        }
    }

    /// "2017-10-12-childrens-services-improvement-board-pack.docx"; marked when it holds Part II.
    static func fileName(_ model: BoardPackPageModel, _ ext: String) -> String {
        let slug = model.body.name.lowercased().replacingAll("'", with: "").split { !$0.isLetter && !$0.isNumber }.prefix(8)
            .joined(separator: "-")
        return "\(model.meeting.date.iso)-\(slug)-pack\(model.partTwo ? "-not-for-publication" : "").\(ext)"
    }

    private static func load(_ req: Request, council: Council) async throws -> BoardPackPageModel {
        try await req.authorize(req.meetings.read)
        let meeting = try await req.meeting(in: council)
        guard let body = try await BodyStore.find(meeting.bodyID, in: council.id, on: req.db) else { throw Abort(.notFound) }
        let partTwo = req.partTwo.sees
        if let frozen = try await BoardPackStore.find(meeting.id, on: req.db) {
            guard frozen.intact else {
                throw Abort(.internalServerError, reason: "This board pack no longer matches the checksum taken when it was frozen. Ask your administrator to restore it from a backup.")
            }
            let document = try ReportDocument.decode(partTwo ? frozen.full : frozen.partOne)
            return BoardPackPageModel(meeting: meeting, body: body, document: document, frozen: frozen, partTwo: partTwo)
        }
        switch meeting.status {
        case .scheduled:
            let pack = try await BoardPackDocument.build(meeting, council: council, asOf: .inLondon(req.dependencies.now()),
                                                         rules: try await req.publicationRules(), on: req.db)
            return BoardPackPageModel(meeting: meeting, body: body, document: partTwo ? pack.full : pack.partOne, frozen: nil,
                                      partTwo: partTwo)
        case .cancelled:
            throw NoPack(meeting: meeting, message: "This meeting was cancelled, so it has no board pack.")
        case .agendaPublished, .held, .minutesApproved:
            throw NoPack(meeting: meeting, message: "No board pack was kept for this meeting: its agenda was published before Oversight froze board packs. Its papers are listed on the meeting's page.")
        }
    }
}
