import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Bringing in risks from a council's own risk log in the browser: upload, see every problem or a
/// preview, then confirm. Nothing reaches the register before the confirmation, and then all of
/// it does or none.
enum RiskImportController {
    struct UploadForm: Content {
        var file: File?
    }

    @Sendable static func form(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.risks.manage)
        let council = try await req.council()
        return HTMLResponse(html: RiskImportViews.form(council: council.context, errors: [], problems: [], context: req.viewContext))
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let viewer = try await req.authorized(req.risks.manage)
        let council = try await req.council()
        let form = try req.form(UploadForm.self)
        guard let upload = HeldUpload(form.file) else {
            return try await HTMLResponse(status: .unprocessableEntity, html: RiskImportViews.form(
                council: council.context, errors: [FieldError(field: "file", message: RiskMessages.importFile)],
                problems: [], context: req.viewContext)).encodeResponse(for: req)
        }
        let fileName = upload.fileName
        let outcome = try await ImportRisks(dependencies: req.dependencies)(
            upload.bytes, source: fileName, council: council.id, dryRun: true, reviewer: req.reviewerName, by: req.actor, on: req.db)
        guard outcome.problems.isEmpty else {
            return try await HTMLResponse(status: .unprocessableEntity, html: RiskImportViews.form(
                council: council.context,
                errors: [FieldError(field: "file", message: RiskMessages.importRefused(fileName, problems: outcome.problems.count))],
                problems: outcome.problems, sheet: outcome.sheet, context: req.viewContext)).encodeResponse(for: req)
        }
        let id = try await upload.hold(in: council.id, for: viewer.user.id, on: req)
        let people = Dictionary(try await PersonStore.all(in: council.id, on: req.db).map { ($0.id, $0.name) },
                                uniquingKeysWith: { first, _ in first })
        return try await HTMLResponse(html: RiskImportViews.preview(
            RiskImportPreview.Model(outcome, fileName: fileName, pending: id, people: people), council: council.context,
            context: req.viewContext)).encodeResponse(for: req)
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let viewer = try await req.authorized(req.risks.manage)
        let council = try await req.council()
        guard let raw = req.parameters.get(SiteURL.Key.file.rawValue), let id = UUID(uuidString: raw),
              let pending = try await PendingImportStore.find(id, council: council.id, user: viewer.user.id, on: req.db) else {
            throw Abort(.notFound, reason: RiskMessages.importGone)
        }
        let outcome = try await ImportRisks(dependencies: req.dependencies)(
            pending.bytes, source: pending.fileName, council: council.id, dryRun: false, reviewer: req.reviewerName, by: req.actor,
            claim: PendingImportStore.claim(id, council: council.id, user: viewer.user.id), on: req.db)
        guard outcome.written else {
            return try await HTMLResponse(status: .conflict, html: RiskImportViews.form(
                council: council.context,
                errors: [FieldError(field: "file", message: RiskMessages.importChanged(pending.fileName, problems: outcome.problems.count))],
                problems: outcome.problems, sheet: outcome.sheet, context: req.viewContext)).encodeResponse(for: req)
        }
        return req.redirect(to: .risks(.value(council.id)), notice: .risksImported)
    }
}
