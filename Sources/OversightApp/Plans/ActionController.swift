import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

enum ActionController {
    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let model = try await req.planPage(in: council, updates: .action(try req.id(.action)))
        let action = try find(req, in: model)
        let details = try await ActionDetails.load(action, on: req.db)
        return HTMLResponse(html: ActionViews.detail(ActionPage.Model(action, in: model, details: details), council: council.context,
                                                     context: req.viewContext))
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let action = try find(req, in: model)
        try await req.authorize(req.plans.change(model.record.plan))
        return HTMLResponse(html: ActionViews.form(ActionForm(action), model: ActionEditor.Model(action, in: model),
                                                   council: council.context, errors: [], context: req.viewContext))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let action = try find(req, in: model)
        try await req.authorize(req.plans.change(model.record.plan))
        var form = try req.form(ActionForm.self)
        form.people = Set(model.people.keys.map(\.description))
        form.allowedRecommendations = Set(model.recommendations.map(\.id.description))
        let render = { (status: HTTPStatus, errors: [FieldError], conflict: PlanAction?) in
            try await HTMLResponse(status: status, html: ActionViews.form(
                form, model: ActionEditor.Model(action, in: model), council: council.context, errors: errors, conflict: conflict,
                context: req.viewContext)).encodeResponse(for: req)
        }
        guard let priority = model.record.priorities.first(where: { $0.id == action.priorityID }) else {
            throw Abort(.notFound)
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(.unprocessableEntity, errors, nil)
        case let .valid(draft):
            let taken = model.record.actions(in: priority.id)
                .contains { $0.id != action.id && $0.reference == "\(priority.number).\(draft.number)" }
            let takenError = [FieldError(field: "number", message: PlanMessages.actionTaken("\(priority.number).\(draft.number)"))]
            if taken { return try await render(.unprocessableEntity, takenError, nil) }
            do {
                try await UpdateAction(dependencies: req.dependencies)(
                    action, in: priority, draft, expectedVersion: req.expectedVersion(form.version), by: req.actor,
                    on: req.db)
            } catch StoreError.staleEdit {
                form.version = String(action.version)
                return try await render(.conflict, [], action)
            } catch StoreError.duplicate {
                return try await render(.unprocessableEntity, takenError, nil)
            }
            return req.redirect(to: .action(.value(council.id), .value(model.record.plan.id), .value(action.id)),
                                notice: .actionSaved)
        }
    }

    private static func find(_ req: Request, in model: PlanPageModel) throws -> PlanAction {
        let id: PlanAction.ID = try req.id(.action)
        guard let action = model.record.actions.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return action
    }
}
