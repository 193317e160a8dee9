import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

enum PlanController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let plans = try await PlanStore.plans(in: council.id, on: req.db)
        let page = try req.pageNumber()
        return HTMLResponse(html: PlanViews.list(plans, page: page, council: council.context, context: req.viewContext))
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return HTMLResponse(html: PlanViews.overview(PlanOverview.Model(model), council: council.context, context: req.viewContext))
    }

    @Sendable static func actions(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return HTMLResponse(html: ActionListViews.list(ActionList.Model(model, query: try ActionListQuery(req)),
                                                       council: council.context, context: req.viewContext))
    }

    @Sendable static func priority(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let id: Priority.ID = try req.id(.priority)
        guard let priority = model.record.priorities.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return HTMLResponse(html: PlanViews.priority(PriorityPage.Model(priority, in: model), council: council.context,
                                                     context: req.viewContext))
    }

    @Sendable static func coverage(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return HTMLResponse(html: PlanViews.coverage(PlanCoverage.Model(model), council: council.context, context: req.viewContext))
    }

    @Sendable static func exceptions(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let page = try req.pageNumber()
        return HTMLResponse(html: UpdateViews.exceptions(ExceptionList.Model(model, page: page), council: council.context,
                                                         context: req.viewContext))
    }

    @Sendable static func transition(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let form = try req.form(TransitionForm.self)
        let plan = model.record.plan
        let render = { (status: HTTPStatus, errors: [FieldError]) in
            try await HTMLResponse(status: status, html: PlanViews.overview(
                PlanOverview.Model(model), council: council.context, errors: errors, context: req.viewContext)).encodeResponse(for: req)
        }
        var errors: [FieldError] = []
        let event = PlanEvent.from(code: form.event.trimmedOrNil)
        if event == nil { errors.append(FieldError(field: "event", message: PlanMessages.event)) }
        if event == .approve {
            errors.append(FieldError(field: "event", message: PlanMessages.approveInForm))
        }
        let reason = form.reason.trimmedOrNil
        if reason == nil { errors.append(FieldError(field: "reason", message: PlanMessages.transitionReason)) }
        guard errors.isEmpty, let event, let reason else { return try await render(.unprocessableEntity, errors) }
        do {
            try await TransitionPlan(dependencies: req.dependencies)(
                plan, event, reason: reason, expectedVersion: req.expectedVersion(form.version), by: req.actor,
                on: req.db)
        } catch PlanError.transitionRefused {
            return try await render(.unprocessableEntity, [FieldError(field: "event", message: PlanMessages.transitionRefused(plan.status))])
        } catch StoreError.staleEdit {
            return try await render(.conflict, [FieldError(field: "event", message: PlanMessages.transitionStale)])
        }
        return req.redirect(to: .plan(.value(council.id), .value(plan.id)), notice: .planMoved)
    }
}

