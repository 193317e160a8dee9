import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

enum InspectionController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.read)
        let council = try await req.council()
        let records = try await InspectionStore.all(in: council.id, on: req.db)
        return HTMLResponse(html: InspectionViews.list(InspectionList.Model(records), council: council.context,
                                                       context: req.viewContext))
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.read)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        return HTMLResponse(html: InspectionViews.detail(record, council: council.context, context: req.viewContext))
    }

    /// The inspection as a Markdown file, made through the shared document model.
    @Sendable static func markdown(req: Request) async throws -> Response {
        try await req.authorize(req.inspections.read)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let text = MarkdownRenderer.render(InspectionSummaryDocument.make(record, council: council))
        return .download(text, type: "text/markdown; charset=utf-8",
                         fileName: "inspection-\(record.inspection.startDate.iso).md")
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        return HTMLResponse(html: InspectionViews.form(InspectionForm(), context: req.viewContext, council: council.context,
                                                       inspectionID: nil, errors: []))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let form = try req.form(InspectionForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(
                status: .unprocessableEntity,
                html: InspectionViews.form(form, context: req.viewContext, council: council.context, inspectionID: nil, errors: errors)
            ).encodeResponse(for: req)
        case let .valid(draft):
            let id = try await RecordInspection(dependencies: req.dependencies)(draft, for: council.id, by: req.actor, on: req.db)
            return req.redirect(to: .inspection(council.id, id), notice: .inspectionAdded)
        }
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let inspection = try await req.inspection(in: council).inspection
        return HTMLResponse(html: InspectionViews.form(InspectionForm(inspection), context: req.viewContext, council: council.context,
                                                       inspectionID: inspection.id, errors: []))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let inspection = record.inspection
        var form = try req.form(InspectionForm.self)
        var result = form.validate()
        // A framework can only change if every recorded judgement is an area of the new one.
        if case let .valid(draft) = result,
           let stray = record.judgements.first(where: { !draft.framework.judgementAreas.contains($0.area) }) {
            result = .invalid([FieldError(field: "framework", message: InspectionMessages.strayJudgement(stray.area, draft.framework))])
        }
        switch result {
        case let .invalid(errors):
            return try await HTMLResponse(
                status: .unprocessableEntity,
                html: InspectionViews.form(form, context: req.viewContext, council: council.context, inspectionID: inspection.id, errors: errors)
            ).encodeResponse(for: req)
        case let .valid(draft):
            do {
                try await UpdateInspection(dependencies: req.dependencies)(
                    inspection.id, in: council.id, draft, expectedVersion: req.expectedVersion(form.version),
                    by: req.actor, on: req.db)
                return req.redirect(to: .inspection(council.id, inspection.id), notice: .inspectionSaved)
            } catch StoreError.staleEdit {
                form.version = String(inspection.version)
                return try await HTMLResponse(
                    status: .conflict,
                    html: InspectionViews.form(form, context: req.viewContext, council: council.context, inspectionID: inspection.id,
                                               errors: [], conflict: inspection)
                ).encodeResponse(for: req)
            }
        }
    }
}
