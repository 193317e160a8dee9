import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Loading a CSV of figures in the browser: upload, see every problem or a preview, then confirm.
/// Nothing reaches the scorecard before the confirmation, and then all of it does or none.
enum IndicatorImportController {
    struct UploadForm: Content {
        var file: File?
    }

    @Sendable static func form(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.scorecard.enterFigures)
        let council = try await req.council()
        return HTMLResponse(html: IndicatorImportViews.form(council: council.context, errors: [], problems: [],
                                                            context: req.viewContext))
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let viewer = try await req.authorized(req.scorecard.enterFigures)
        let council = try await req.council()
        let form = try req.form(UploadForm.self)
        guard let upload = HeldUpload(form.file) else {
            return try await HTMLResponse(status: .unprocessableEntity, html: IndicatorImportViews.form(
                council: council.context, errors: [FieldError(field: "file", message: ScorecardMessages.importFile)],
                problems: [], context: req.viewContext)).encodeResponse(for: req)
        }
        let outcome = try await ImportIndicatorValues(dependencies: req.dependencies)(
            upload.bytes, council: council.id, dryRun: true, by: req.actor, on: req.db)
        guard outcome.problems.isEmpty else {
            return try await HTMLResponse(status: .unprocessableEntity, html: IndicatorImportViews.form(
                council: council.context,
                errors: [FieldError(field: "file", message: ScorecardMessages.importRefused(upload.fileName, problems: outcome.problems.count))],
                problems: outcome.problems, sheet: outcome.sheet, context: req.viewContext)).encodeResponse(for: req)
        }
        let id = try await upload.hold(in: council.id, for: viewer.user.id, on: req)
        let preview = IndicatorImportPreview.Model(outcome, fileName: upload.fileName, pending: id)
        return try await HTMLResponse(html: IndicatorImportViews.preview(preview, council: council.context, context: req.viewContext))
            .encodeResponse(for: req)
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let viewer = try await req.authorized(req.scorecard.enterFigures)
        let council = try await req.council()
        guard let raw = req.parameters.get(SiteURL.Key.file.rawValue), let id = UUID(uuidString: raw),
              let pending = try await PendingImportStore.find(id, council: council.id, user: viewer.user.id, on: req.db) else {
            throw Abort(.notFound)
        }
        let outcome = try await ImportIndicatorValues(dependencies: req.dependencies)(
            pending.bytes, council: council.id, dryRun: false, by: req.actor,
            claim: PendingImportStore.claim(id, council: council.id, user: viewer.user.id), on: req.db)
        guard outcome.written else {
            return try await HTMLResponse(status: .conflict, html: IndicatorImportViews.form(
                council: council.context,
                errors: [FieldError(field: "file", message: ScorecardMessages.importChanged(pending.fileName, problems: outcome.problems.count))],
                problems: outcome.problems, sheet: outcome.sheet, context: req.viewContext)).encodeResponse(for: req)
        }
        return req.redirect(to: .scorecard(.value(council.id)), notice: .valuesImported)
    }
}
