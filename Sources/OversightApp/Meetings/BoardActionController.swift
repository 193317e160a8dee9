import OversightDomain
import OversightStore
import Vapor

enum BoardActionController {
    @Sendable static func log(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.read)
        let council = try await req.council()
        let filter = (try? req.query.get(String.self, at: "show")).flatMap(BoardActionLog.Filter.init(rawValue:)) ?? .open
        let (actions, bodies) = try await logEntries(req, in: council)
        let model = BoardActionLog.Model(actions, filter: filter, bodies: bodies, people: try await req.peopleByID(in: council),
                                         today: .inLondon(req.dependencies.now()))
        return HTMLResponse(html: BoardActionViews.log(model, council: council.context, context: req.viewContext))
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.read)
        let council = try await req.council()
        return HTMLResponse(html: BoardActionViews.page(BoardActionDetail.Model(try await model(req, in: council)), council: council.context,
                                                        context: req.viewContext))
    }

    @Sendable static func addUpdate(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.read)
        let council = try await req.council()
        let model = try await model(req, in: council)
        try await req.authorize(req.meetings.update(model.action))
        let form = try req.form(BoardActionUpdateForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: BoardActionViews.page(
                BoardActionDetail.Model(model), update: form, council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
        case let .valid(text):
            try await ChangeBoardAction(dependencies: req.dependencies).addUpdate(text, to: model.action, by: req.actor, on: req.db)
            return req.redirect(to: .boardAction(.value(council.id), .value(model.action.id)), notice: .boardActionUpdated)
        }
    }

    @Sendable static func close(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let council = try await req.council()
        let model = try await model(req, in: council)
        var form = try req.form(CloseBoardActionForm.self)
        form.meetings = Set(model.meetings.map(\.id.description))
        var errors: [FieldError]
        switch form.validate() {
        case let .invalid(found): errors = found
        case let .valid((note, meeting)):
            do {
                try await ChangeBoardAction(dependencies: req.dependencies).close(model.action, note: note, at: meeting,
                                                                                  expectedVersion: req.expectedVersion(form.version),
                                                                                  by: req.actor, on: req.db)
                return req.redirect(to: .boardAction(.value(council.id), .value(model.action.id)), notice: .boardActionClosed)
            } catch let error as BoardActionError {
                errors = [FieldError(field: "note", message: error.message)]
            } catch StoreError.staleEdit {
                throw Abort(.conflict, reason: MeetingMessages.boardActionStale)
            }
        }
        return try await HTMLResponse(status: .unprocessableEntity, html: BoardActionViews.page(
            BoardActionDetail.Model(model), close: form, council: council.context, context: req.viewContext, errors: errors)).encodeResponse(for: req)
    }

    /// The log's actions this viewer may see, with the bodies that raised them; its page and its
    /// spreadsheet show the same.
    static func logEntries(_ req: Request, in council: Council) async throws
        -> (actions: [BoardAction], bodies: [GoverningBody.ID: GoverningBody]) {
        let actions = try await visible(try await BoardActionStore.all(in: council.id, on: req.db), to: req)
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council.id, on: req.db).map { ($0.id, $0) })
        return (actions, bodies)
    }

    /// These actions less those raised under a Part II item, for a reader without Part II access.
    static func visible(_ actions: [BoardAction], to req: Request) async throws -> [BoardAction] {
        guard !req.partTwo.sees, !actions.isEmpty else { return actions }
        let exempt = try await MeetingStore.exemptItemIDs(of: Array(Set(actions.map(\.meetingID))), on: req.db)
        return actions.filter { $0.itemID.map { !exempt.contains($0) } ?? true }
    }

    private static func model(_ req: Request, in council: Council) async throws -> BoardActionViews.PageModel {
        let id: BoardAction.ID = try req.id(.boardAction)
        guard let found = try await BoardActionStore.find(id, in: council.id, on: req.db),
              let action = try await visible([found], to: req).first else { throw Abort(.notFound) }
        let body = try await BodyStore.find(action.bodyID, in: council.id, on: req.db)
        let meetings = try await MeetingStore.meetings(in: council.id, body: action.bodyID, on: req.db)
        let raisedAt = meetings.first { $0.id == action.meetingID }
        return BoardActionViews.PageModel(
            action: action, body: body, raisedAt: raisedAt, closedAt: action.closedAt.flatMap { id in meetings.first { $0.id == id } },
            updates: try await BoardActionStore.updates(of: [action.id], on: req.db),
            owner: try await PersonStore.find(action.ownerID, in: council.id, on: req.db),
            meetings: meetings.filter { $0.date >= (raisedAt?.date ?? $0.date) && $0.status != .cancelled && $0.id != action.meetingID },
            today: .inLondon(req.dependencies.now()),
            canUpdate: req.meetings.update(action).isAllowed,
            canClose: req.meetings.close.isAllowed,
            risks: try await RiskStore.risks(mitigatedBy: action.id, on: req.db),
            riskScale: try await RiskStore.scale(of: council.id, on: req.db).scale)
    }
}
