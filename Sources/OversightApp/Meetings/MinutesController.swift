import OversightDomain
import OversightStore
import Vapor

/// One item's minute: the discussion, decisions, actions arising and declarations. Each form
/// posts on its own; a refusal shows the page again with that form's text kept.
enum MinutesController {
    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.meetings.manage)
        let (council, model, item) = try await load(req)
        return HTMLResponse(html: MeetingFormViews.itemMinutes(ItemMinutes.Model(item, page: model), forms: ItemMinuteForms(),
                                                               council: council.context, context: req.viewContext, errors: []))
    }

    @Sendable static func saveMinute(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let (council, model, item) = try await load(req)
        var forms = ItemMinuteForms()
        forms.minute = try req.form(MinuteForm.self)
        return try await respond(req, council: council, model: model, item: item, forms: forms, field: "discussion") {
            switch forms.minute.validate() {
            case let .invalid(errors): return errors
            case let .valid(text):
                do {
                    try await req.runMeeting().writeMinute(text, for: item, of: model.meeting,
                                                           expectedVersion: req.expectedVersion(forms.minute.version), by: req.actor, on: req.db)
                } catch StoreError.staleEdit {
                    throw StaleMinute()
                }
                return []
            }
        }
    }

    @Sendable static func decide(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let (council, model, item) = try await load(req)
        var forms = ItemMinuteForms()
        forms.decision = try req.form(DecisionForm.self)
        return try await respond(req, council: council, model: model, item: item, forms: forms, field: "text") {
            switch forms.decision.validate() {
            case let .invalid(errors): return errors
            case let .valid(draft):
                try await req.runMeeting().decide(draft, on: item, of: model.meeting, by: req.actor, on: req.db)
                return []
            }
        }
    }

    @Sendable static func raiseAction(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let (council, model, item) = try await load(req)
        var forms = ItemMinuteForms()
        forms.action = try req.form(BoardActionForm.self)
        forms.action.people = Set(model.people.keys.map(\.description))
        return try await respond(req, council: council, model: model, item: item, forms: forms, field: "what") {
            switch forms.action.validate() {
            case let .invalid(errors): return errors
            case let .valid((what, owner, due)):
                try await req.runMeeting().raiseAction(what, owner: owner, due: due, on: item, of: model.meeting, body: model.record.body,
                                                       by: req.actor, on: req.db)
                return []
            }
        }
    }

    @Sendable static func declare(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.manage)
        let (council, model, item) = try await load(req)
        var forms = ItemMinuteForms()
        forms.declaration = try req.form(DeclarationForm.self)
        forms.declaration.people = Set(model.members.filter { $0.isCurrent(on: model.meeting.date) }.map(\.personID.description))
        return try await respond(req, council: council, model: model, item: item, forms: forms, field: "person") {
            switch forms.declaration.validate() {
            case let .invalid(errors): return errors
            case let .valid((person, interest, dispensation)):
                try await req.runMeeting().declare(person, interest: interest, dispensation: dispensation, on: item, of: model.meeting,
                                                   by: req.actor, on: req.db)
                return []
            }
        }
    }

    /// Someone saved the minute since this page was read: the item as loaded for this request is what is saved now.
    private struct StaleMinute: Error {}

    /// Runs the change; no errors redirects back to the item, errors (or a refusal) show the page again.
    private static func respond(_ req: Request, council: Council, model: MeetingPageModel, item: AgendaItem, forms: ItemMinuteForms,
                                field: String, _ change: () async throws -> [FieldError]) async throws -> Response {
        var status = HTTPResponseStatus.unprocessableEntity
        var errors: [FieldError]
        var conflict: AgendaItem?
        do {
            errors = try await change()
            if errors.isEmpty {
                return req.redirect(to: .itemMinutes(.value(council.id), .value(model.meeting.id), .value(item.id)), notice: .minutesSaved)
            }
        } catch let error as MeetingError {
            errors = [FieldError(field: field, message: error.message)]
        } catch is StaleMinute {
            status = .conflict
            errors = []
            conflict = item
        }
        return try await HTMLResponse(status: status, html: MeetingFormViews.itemMinutes(
            ItemMinutes.Model(item, page: model), forms: forms, council: council.context, context: req.viewContext, errors: errors, conflict: conflict))
            .encodeResponse(for: req)
    }

    private static func load(_ req: Request) async throws -> (Council, MeetingPageModel, AgendaItem) {
        let council = try await req.council()
        let model = try await req.meetingPage(in: council)
        let item = try await req.agendaItem(of: model.meeting)
        return (council, model, item)
    }
}
