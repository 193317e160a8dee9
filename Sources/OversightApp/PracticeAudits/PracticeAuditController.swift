import OversightDomain
import OversightStore
import Vapor

/// Practice audits: the rounds by theme with their trend, and the form that records a round.
enum PracticeAuditController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.selfAssessments.read)
        let council = try await req.council()
        let model = PracticeAuditList.Model(try await PracticeAuditStore.rounds(in: council.id, on: req.db))
        return HTMLResponse(html: PracticeAuditViews.list(model, council: council.context, context: req.viewContext))
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        return try await form(req, council: council, AuditRoundForm(), roundID: nil, errors: [])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await save(req, editing: false)
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let round = try await req.auditRound(in: council)
        return try await form(req, council: council, AuditRoundForm(round), roundID: round.id, errors: [])
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await save(req, editing: true)
    }

    private static func save(_ req: Request, editing: Bool) async throws -> Response {
        try await req.authorize(req.selfAssessments.manage)
        let council = try await req.council()
        let round = editing ? try await req.auditRound(in: council) : nil
        var form = try req.form(AuditRoundForm.self)
        var errors: [FieldError]
        switch form.validate() {
        case let .invalid(found): errors = found
        case let .valid(draft):
            let use = RecordPracticeAudits(dependencies: req.dependencies)
            do {
                if let round {
                    try await use.update(round, with: draft, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
                } else {
                    _ = try await use.create(draft, in: council.id, by: req.actor, on: req.db)
                }
                return req.redirect(to: .practiceAudits(.value(council.id)), notice: .auditRoundSaved)
            } catch StoreError.duplicate {
                errors = [FieldError(field: "theme", message: PracticeAuditMessages.roundExists(draft.theme, draft.month))]
            } catch StoreError.staleEdit where round != nil {
                form.version = round.map { String($0.version) }
                return try await self.form(req, council: council, form, roundID: round?.id, errors: [], status: .conflict, conflict: round)
                    .encodeResponse(for: req)
            }
        }
        return try await self.form(req, council: council, form, roundID: round?.id, errors: errors, status: .unprocessableEntity)
            .encodeResponse(for: req)
    }

    private static func form(_ req: Request, council: Council, _ form: AuditRoundForm, roundID: AuditRound.ID?, errors: [FieldError],
                             status: HTTPResponseStatus = .ok, conflict: AuditRound? = nil) async throws -> HTMLResponse {
        let themes = Set(try await PracticeAuditStore.rounds(in: council.id, on: req.db).map(\.theme)).sorted()
        return HTMLResponse(status: status, html: PracticeAuditViews.form(form, roundID: roundID, themes: themes, council: council.context,
                                                                           context: req.viewContext, errors: errors, conflict: conflict))
    }
}

extension Request {
    func auditRound(in council: Council) async throws -> AuditRound {
        guard let round = try await PracticeAuditStore.find(id(.round), in: council.id, on: db) else { throw Abort(.notFound) }
        return round
    }
}
