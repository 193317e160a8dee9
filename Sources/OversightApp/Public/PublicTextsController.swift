import OversightDomain
import OversightStore
import Vapor

/// The administrator's page for the words of the accessibility statement and the privacy notice.
enum PublicTextsController {
    @Sendable static func form(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.reports.settings)
        let saved = try await PublicTextStore.all(on: req.db)
        let accessibility = saved[PublicStatements.Kind.accessibility.rawValue], privacy = saved[PublicStatements.Kind.privacy.rawValue]
        let form = PublicTextsForm(accessibility: accessibility?.text, accessibilityVersion: accessibility.map { String($0.version) },
                                   privacy: privacy?.text, privacyVersion: privacy.map { String($0.version) })
        return HTMLResponse(html: PublicTextsViews.form(form, errors: [], context: req.viewContext))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        try await req.authorize(req.reports.settings)
        let form = try req.form(PublicTextsForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: PublicTextsViews.form(form, errors: errors, context: req.viewContext))
                .encodeResponse(for: req)
        case let .valid(texts):
            let saved = try await PublicTextStore.all(on: req.db)
            func edit(_ kind: PublicStatements.Kind, _ text: String, _ version: String?) throws -> ChangePublicTexts.Edit {
                let expected = try version.trimmedOrNil.map { try req.expectedVersion($0) }
                return ChangePublicTexts.Edit(kind: kind, text: text, expectedVersion: expected, before: saved[kind.rawValue]?.text ?? "")
            }
            let edits = [try edit(.accessibility, texts.accessibility, form.accessibilityVersion),
                         try edit(.privacy, texts.privacy, form.privacyVersion)]
            do {
                try await ChangePublicTexts(dependencies: req.dependencies)(edits, by: req.actor, on: req.db)
            } catch StoreError.staleEdit {
                // Someone saved meanwhile: the editor's words stay in the form, with what to do.
                return try await HTMLResponse(status: .conflict, html: PublicTextsViews.form(
                    form, errors: [FieldError(field: "accessibility", message: PublicTextsViews.stale)], context: req.viewContext))
                    .encodeResponse(for: req)
            }
            return req.redirect(to: .publicTexts, notice: .publicTextsSaved)
        }
    }
}
