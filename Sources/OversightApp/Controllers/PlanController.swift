import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

extension CalendarDate {
    /// The day it is in England at `instant`: deadlines and "overdue" follow the London calendar.
    static func inLondon(_ instant: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
    }
}

/// Which updates a page shows in full, beyond the plan-wide summary every plan page has.
enum UpdateScope { case summaryOnly, action(PlanAction.ID), period(UpdatePeriod.ID) }

extension Request {
    /// The plan named in the path, within the council named in the path, with what its pages show.
    func planPage(in council: Council, updates scope: UpdateScope = .summaryOnly) async throws -> PlanPageModel {
        guard let model = try await PlanPageModel.load(id(.plan), in: council, today: .inLondon(dependencies.now()),
                                                       updates: scope, on: db) else { throw Abort(.notFound) }
        return model
    }
}

extension PlanPageModel {
    /// A plan within a council with what its pages show, or nil when the council has no such plan.
    /// Report appendices are made from the same model as the plan's own pages.
    static func load(_ planID: Plan.ID, in council: Council, today: CalendarDate, updates scope: UpdateScope = .summaryOnly,
                     on db: any Database) async throws -> PlanPageModel? {
        guard let record = try await PlanStore.find(planID, in: council.id, on: db) else { return nil }
        let (inspection, others) = try await record.plan.inspections(on: db)
        let people = try await PersonStore.all(in: council.id, on: db)
        let plans = try await PlanStore.plans(in: council.id, on: db)
        let periods = try await UpdateStore.periods(of: record.plan.id, on: db)
        let updates: [ActionUpdate] = switch scope {
        case .summaryOnly: []
        case let .action(action): try await UpdateStore.updates(ofAction: action, on: db)
        case let .period(period): try await UpdateStore.updates(of: record.plan.id, in: period, on: db)
        }
        // Pages that show updates show their evidence files; plan-wide pages need neither.
        let evidence = try await EvidenceStore.files(of: updates.map(\.id), on: db)
        return PlanPageModel(record: record, inspection: inspection, otherInspections: others,
                             people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
                             today: today,
                             periods: periods,
                             updates: updates,
                             summary: try await UpdateStore.summary(
                                 of: record.plan.id, periods: periods.prefix(PlanViews.periodsShown).map(\.id),
                                 openPeriod: periods.first { $0.isOpen }?.id, on: db),
                             consultations: try await PlanRecordStore.consultations(of: record.plan.id, on: db),
                             evidence: evidence,
                             approvals: try await PlanRecordStore.approvals(of: record.plan.id, on: db),
                             predecessor: plans.first { $0.id == record.plan.predecessorID },
                             successors: plans.filter { $0.predecessorID == record.plan.id })
    }
}

enum PlanController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let plans = try await PlanStore.plans(in: council.id, on: req.db)
        let page = try req.pageNumber()
        return HTMLResponse(html: PlanViews.list(plans, page: page, council: council.context, context: req.viewContext))
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return HTMLResponse(html: PlanViews.overview(model, council: council.context, context: req.viewContext))
    }

    @Sendable static func actions(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return HTMLResponse(html: ActionListViews.list(model, query: try ActionListQuery(req), council: council.context,
                                                       context: req.viewContext))
    }

    @Sendable static func priority(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let id: Priority.ID = try req.id(.priority)
        guard let priority = model.record.priorities.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return HTMLResponse(html: PlanViews.priority(priority, model: model, council: council.context,
                                                     context: req.viewContext))
    }

    @Sendable static func coverage(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return HTMLResponse(html: PlanViews.coverage(model, council: council.context, context: req.viewContext))
    }

    @Sendable static func exceptions(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let page = try req.pageNumber()
        return HTMLResponse(html: UpdateViews.exceptions(model, page: page, council: council.context,
                                                         context: req.viewContext))
    }

    @Sendable static func transition(req: Request) async throws -> Response {
        _ = try await req.require(.editPlans)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let form = try req.form(TransitionForm.self)
        let plan = model.record.plan
        let render = { (status: HTTPStatus, errors: [FieldError]) in
            try await HTMLResponse(status: status, html: PlanViews.overview(
                model, council: council.context, errors: errors, context: req.viewContext)).encodeResponse(for: req)
        }
        var errors: [FieldError] = []
        let event = PlanEvent.from(code: form.event.trimmedOrNil)
        if event == nil { errors.append(FieldError(field: "event", message: "Select what has happened to the plan")) }
        if event == .approve {
            errors.append(FieldError(field: "event", message:
                "Record an approval with the approving body, meeting date and decision, in the approval form"))
        }
        let reason = form.reason.trimmedOrNil
        if reason == nil { errors.append(FieldError(field: "reason", message: "Enter why, and any decision reference")) }
        guard errors.isEmpty, let event, let reason else { return try await render(.unprocessableEntity, errors) }
        do {
            try await TransitionPlan(dependencies: req.dependencies)(
                plan, event, reason: reason, expectedVersion: req.expectedVersion(form.version), by: req.actor,
                on: req.db)
        } catch PlanError.transitionRefused {
            return try await render(.unprocessableEntity, [FieldError(field: "event", message:
                "A plan that is \(plan.status.label.lowercased()) cannot be moved that way")])
        } catch StoreError.staleEdit {
            return try await render(.conflict, [FieldError(field: "event", message:
                "Someone else changed this plan while you were looking at it. Check its status, then try again.")])
        }
        return req.redirect(to: .plan(.value(council.id), .value(plan.id)), notice: .planMoved)
    }
}

enum ActionController {
    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council, updates: .action(try req.id(.action)))
        let action = try find(req, in: model)
        let details = try await ActionDetails.load(action, on: req.db)
        return HTMLResponse(html: ActionViews.detail(action, model: model, details: details, council: council.context,
                                                     context: req.viewContext))
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.editPlans)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let action = try find(req, in: model)
        guard model.record.plan.status != .closed else { throw Abort(.forbidden, reason: "A closed plan cannot be changed") }
        return HTMLResponse(html: ActionViews.form(ActionForm(action), action: action, model: model,
                                                   council: council.context, errors: [], context: req.viewContext))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        _ = try await req.require(.editPlans)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let action = try find(req, in: model)
        guard model.record.plan.status != .closed else { throw Abort(.forbidden, reason: "A closed plan cannot be changed") }
        var form = try req.form(ActionForm.self)
        form.people = Set(model.people.keys.map(\.description))
        form.allowedRecommendations = Set(model.recommendations.map(\.id.description))
        let render = { (status: HTTPStatus, errors: [FieldError], conflict: PlanAction?) in
            try await HTMLResponse(status: status, html: ActionViews.form(
                form, action: action, model: model, council: council.context, errors: errors, conflict: conflict,
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
            let takenError = [FieldError(field: "number", message:
                "Action \(priority.number).\(draft.number) already exists: choose another number")]
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
