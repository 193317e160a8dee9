import OversightDomain
import OversightStore
import Vapor

/// Making plans and changing their shape: new plans, priorities and actions.
enum PlanEditController {
    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        var form = PlanForm()
        form.kind = PlanKind.improvement.rawValue
        return try await render(form, council: council, errors: [], status: .ok, req: req)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        var form = try req.form(PlanForm.self)
        let inspections = try await InspectionStore.all(in: council.id, on: req.db)
        let people = try await PersonStore.all(in: council.id, on: req.db)
        form.inspections = Set(inspections.map(\.inspection.id.description))
        form.people = Set(people.map(\.id.description))
        switch form.validate() {
        case let .invalid(errors):
            return try await render(form, council: council, errors: errors, status: .unprocessableEntity, req: req)
                .encodeResponse(for: req)
        case let .valid(draft):
            let id = try await CreatePlan(dependencies: req.dependencies)(draft, in: council.id, by: req.actor,
                                                                          on: req.db)
            return req.redirect(to: .plan(.value(council.id), .value(id)), notice: .planCreated)
        }
    }

    private static func render(_ form: PlanForm, plan: Plan? = nil, council: Council, errors: [FieldError],
                               conflict: Plan? = nil, status: HTTPStatus, req: Request) async throws -> HTMLResponse {
        let inspections = try await InspectionStore.all(in: council.id, on: req.db)
        let people = try await PersonStore.all(in: council.id, on: req.db)
        return HTMLResponse(status: status, html: PlanEditViews.planForm(
            form, model: PlanEditor.Model(plan: plan, inspections: inspections, people: people), council: council.context,
            errors: errors, conflict: conflict, context: req.viewContext))
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        let (council, model) = try await openPlan(req)
        return try await render(PlanForm(model.record.plan), plan: model.record.plan, council: council, errors: [],
                                status: .ok, req: req)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (council, model) = try await openPlan(req)
        let plan = model.record.plan
        var form = try req.form(PlanForm.self)
        let inspections = try await InspectionStore.all(in: council.id, on: req.db)
        form.inspections = Set(inspections.map(\.inspection.id.description))
        form.people = Set(model.people.keys.map(\.description))
        switch form.validate() {
        case let .invalid(errors):
            return try await render(form, plan: plan, council: council, errors: errors, status: .unprocessableEntity,
                                    req: req).encodeResponse(for: req)
        case let .valid(draft):
            do {
                try await UpdatePlanDetails(dependencies: req.dependencies)(
                    plan, draft, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
            } catch StoreError.staleEdit {
                form.version = String(plan.version)
                return try await render(form, plan: plan, council: council, errors: [], conflict: plan, status: .conflict,
                                        req: req).encodeResponse(for: req)
            }
            return req.redirect(to: .plan(.value(council.id), .value(plan.id)), notice: .planSaved)
        }
    }

    /// The plan named in the path, for a change to its content: refused once it has closed.
    private static func openPlan(_ req: Request) async throws -> (Council, PlanPageModel) {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        try await req.authorize(req.plans.change(model.record.plan))
        return (council, model)
    }

    // MARK: Priorities

    @Sendable static func newPriority(req: Request) async throws -> HTMLResponse {
        let (council, model) = try await openPlan(req)
        var form = PriorityForm()
        form.number = String((model.record.priorities.map(\.number).max() ?? 0) + 1)
        return HTMLResponse(html: PlanEditViews.priorityForm(form, model: PriorityEditor.Model(nil, in: model),
                                                             council: council.context, errors: [],
                                                             context: req.viewContext))
    }

    @Sendable static func createPriority(req: Request) async throws -> Response {
        let (council, model) = try await openPlan(req)
        var form = try req.form(PriorityForm.self)
        form.people = Set(model.people.keys.map(\.description))
        let render = { (errors: [FieldError]) in
            try await HTMLResponse(status: .unprocessableEntity, html: PlanEditViews.priorityForm(
                form, model: PriorityEditor.Model(nil, in: model), council: council.context, errors: errors,
                context: req.viewContext)).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(errors)
        case let .valid(draft):
            let taken = [FieldError(field: "number", message: PlanMessages.priorityTaken(draft.number))]
            if model.record.priorities.contains(where: { $0.number == draft.number }) { return try await render(taken) }
            do {
                _ = try await AddPriority(dependencies: req.dependencies)(draft, to: model.record.plan.id,
                                                                          by: req.actor, on: req.db)
            } catch StoreError.duplicate {
                return try await render(taken)
            }
            return req.redirect(to: .plan(.value(council.id), .value(model.record.plan.id)), notice: .prioritySaved)
        }
    }

    @Sendable static func editPriority(req: Request) async throws -> HTMLResponse {
        let (council, model) = try await openPlan(req)
        let priority = try findPriority(req, in: model)
        return HTMLResponse(html: PlanEditViews.priorityForm(PriorityForm(priority), model: PriorityEditor.Model(priority, in: model),
                                                             council: council.context, errors: [],
                                                             context: req.viewContext))
    }

    @Sendable static func updatePriority(req: Request) async throws -> Response {
        let (council, model) = try await openPlan(req)
        let priority = try findPriority(req, in: model)
        var form = try req.form(PriorityForm.self)
        form.people = Set(model.people.keys.map(\.description))
        let render = { (status: HTTPStatus, errors: [FieldError], conflict: Priority?) in
            try await HTMLResponse(status: status, html: PlanEditViews.priorityForm(
                form, model: PriorityEditor.Model(priority, in: model), council: council.context, errors: errors, conflict: conflict,
                context: req.viewContext)).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(.unprocessableEntity, errors, nil)
        case let .valid(draft):
            let taken = [FieldError(field: "number", message: PlanMessages.priorityTaken(draft.number))]
            if model.record.priorities.contains(where: { $0.id != priority.id && $0.number == draft.number }) {
                return try await render(.unprocessableEntity, taken, nil)
            }
            do {
                try await UpdatePriority(dependencies: req.dependencies)(
                    priority, draft, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
            } catch StoreError.staleEdit {
                form.version = String(priority.version)
                return try await render(.conflict, [], priority)
            } catch StoreError.duplicate {
                return try await render(.unprocessableEntity, taken, nil)
            }
            return req.redirect(to: .plan(.value(council.id), .value(model.record.plan.id)), notice: .prioritySaved)
        }
    }

    private static func findPriority(_ req: Request, in model: PlanPageModel) throws -> Priority {
        let id: Priority.ID = try req.id(.priority)
        guard let priority = model.record.priorities.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return priority
    }

    // MARK: Actions

    @Sendable static func newAction(req: Request) async throws -> HTMLResponse {
        let (council, model) = try await openPlan(req)
        let chosen = (try? req.query.get(String.self, at: "priority")).flatMap(Priority.ID.init)
            .flatMap { id in model.record.priorities.first { $0.id == id } }
        let next = chosen.map { priority in
            (model.record.actions(in: priority.id).compactMap { Int($0.reference.split(separator: ".").last ?? "") }
                .max() ?? 0) + 1
        } ?? 1
        return HTMLResponse(html: ActionViews.form(ActionForm(priority: chosen?.id, number: next),
                                                   model: ActionEditor.Model(nil, in: model), council: council.context, errors: [],
                                                   context: req.viewContext))
    }

    @Sendable static func createAction(req: Request) async throws -> Response {
        let (council, model) = try await openPlan(req)
        var form = try req.form(ActionForm.self)
        form.people = Set(model.people.keys.map(\.description))
        form.allowedRecommendations = Set(model.recommendations.map(\.id.description))
        let render = { (errors: [FieldError]) in
            try await HTMLResponse(status: .unprocessableEntity, html: ActionViews.form(
                form, model: ActionEditor.Model(nil, in: model), council: council.context, errors: errors,
                context: req.viewContext)).encodeResponse(for: req)
        }
        let priority = form.priority.trimmedOrNil.flatMap(Priority.ID.init)
            .flatMap { id in model.record.priorities.first { $0.id == id } }
        let priorityError = priority == nil
            ? [FieldError(field: "priority", message: PlanMessages.actionPriority)] : []
        switch form.validate() {
        case let .invalid(errors): return try await render(priorityError + errors)
        case let .valid(draft):
            guard let priority else { return try await render(priorityError) }
            let reference = "\(priority.number).\(draft.number)"
            let taken = [FieldError(field: "number", message: PlanMessages.actionTaken(reference))]
            if model.record.actions.contains(where: { $0.reference == reference }) { return try await render(taken) }
            let id: PlanAction.ID
            do {
                id = try await AddAction(dependencies: req.dependencies)(draft, to: priority, by: req.actor, on: req.db)
            } catch StoreError.duplicate {
                return try await render(taken)
            }
            return req.redirect(to: .action(.value(council.id), .value(model.record.plan.id), .value(id)),
                                notice: .actionSaved)
        }
    }
}
