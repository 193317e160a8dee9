import OversightDomain
import OversightStore
import Vapor

/// The forward plan: public for every visitor (entries whose notice is published), with drafts and
/// deadlines for staff, and written by whoever manages meetings.
enum ForwardPlanController {
    @Sendable static func page(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let model = try await ForwardPlan.model(council: council, staff: req.meetings.staff, today: today(req), on: req.db)
        return HTMLResponse(html: ForwardPlanViews.page(model, context: req.viewContext))
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        let form = ForwardPlanForm(reference: try await nextReference(council.id, today: today(req), on: req),
                                   body: bodies.first { $0.kind == .cabinet }?.id)
        return try await formPage(form, entryID: nil, council: council, bodies: bodies, errors: [], req: req)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        let reports = try await ReportStore.list(in: council.id, publishedOnly: false, on: req.db)
        let form = try req.form(ForwardPlanForm.self)
        func again(_ errors: [FieldError]) async throws -> Response {
            try await HTMLResponse(status: .unprocessableEntity, html: ForwardPlanViews.form(
                form, entryID: nil, bodies: bodies, reports: reports, council: council.context, context: req.viewContext, errors: errors))
                .encodeResponse(for: req)
        }
        switch form.validate(bodies: bodies, reports: Set(reports.map(\.id)), today: today(req)) {
        case let .invalid(errors): return try await again(errors)
        case let .valid(draft):
            do {
                let id = try await ManageForwardPlan(dependencies: req.dependencies).create(draft, in: council.id, by: req.actor, on: req.db)
                return req.redirect(to: .forwardPlan(.value(council.id)), fragment: "kd-\(id)", notice: .keyDecisionSaved)
            } catch StoreError.duplicate {
                return try await again([FieldError(field: "reference", message: referenceTaken(draft.reference))])
            }
        }
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let entry = try await req.forwardPlanEntry(in: council)
        return try await formPage(ForwardPlanForm(entry), entryID: entry.id, council: council,
                                  bodies: try await BodyStore.all(in: council.id, on: req.db), errors: [], req: req)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let entry = try await req.forwardPlanEntry(in: council)
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        let reports = try await ReportStore.list(in: council.id, publishedOnly: false, on: req.db)
        var form = try req.form(ForwardPlanForm.self)
        func again(_ status: HTTPResponseStatus, _ errors: [FieldError], conflict: ForwardPlanEntry? = nil) async throws -> Response {
            try await HTMLResponse(status: status, html: ForwardPlanViews.form(
                form, entryID: entry.id, bodies: bodies, reports: reports, council: council.context, context: req.viewContext,
                errors: errors, conflict: conflict)).encodeResponse(for: req)
        }
        switch form.validate(bodies: bodies, reports: Set(reports.map(\.id)), today: today(req)) {
        case let .invalid(errors): return try await again(.unprocessableEntity, errors)
        case let .valid(draft):
            do {
                try await ManageForwardPlan(dependencies: req.dependencies).update(entry, with: draft, expectedVersion: req.expectedVersion(form["version"]),
                                                                                   by: req.actor, on: req.db)
                return req.redirect(to: .forwardPlan(.value(council.id)), fragment: "kd-\(entry.id)", notice: .keyDecisionSaved)
            } catch StoreError.staleEdit {
                form["version"] = String(entry.version)
                return try await again(.conflict, [], conflict: entry)
            } catch StoreError.duplicate {
                return try await again(.unprocessableEntity, [FieldError(field: "reference", message: referenceTaken(draft.reference))])
            }
        }
    }

    /// The forward plan in the API: the entries a visitor sees (drafts too for staff), in date order.
    @Sendable static func api(req: Request) async throws -> Response {
        let council = try await req.council()
        let (entries, bodies, reports) = try await ForwardPlan.entries(council: council.id, staff: req.meetings.staff, on: req.db)
        return try APIController.paged(entries.map { ForwardPlanEntryDTO($0, body: bodies[$0.decisionMaker], reports: reports) }, req)
    }

    private static func formPage(_ form: ForwardPlanForm, entryID: ForwardPlanEntry.ID?, council: Council, bodies: [GoverningBody],
                                 errors: [FieldError], req: Request) async throws -> HTMLResponse {
        HTMLResponse(html: ForwardPlanViews.form(form, entryID: entryID, bodies: bodies,
                                                 reports: try await ReportStore.list(in: council.id, publishedOnly: false, on: req.db),
                                                 council: council.context, context: req.viewContext, errors: errors))
    }

    private static func today(_ req: Request) -> CalendarDate { .inLondon(req.dependencies.now()) }

    /// "KD/2017/14": the year's series, numbered after the highest already in it.
    private static func nextReference(_ council: Council.ID, today: CalendarDate, on req: Request) async throws -> String {
        let prefix = "KD/\(today.year)/"
        let highest = try await ForwardPlanStore.references(in: council, startingWith: prefix, on: req.db)
            .compactMap { Int($0.dropFirst(prefix.count).prefix(6)) }.max() ?? 0
        let next = highest + 1
        return prefix + (next < 10 ? "0" : "") + String(next)
    }

    static func referenceTaken(_ reference: String) -> String {
        "Another key decision has the reference \(reference): give this one its own"
    }
}

extension Request {
    /// The forward plan entry named in the path, within the council named in the path.
    func forwardPlanEntry(in council: Council) async throws -> ForwardPlanEntry {
        guard let entry = try await ForwardPlanStore.find(id(.entry), in: council.id, on: db) else { throw Abort(.notFound) }
        return entry
    }
}
