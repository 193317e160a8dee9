import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Consultation, approval with its frozen version, and succession by a Continuous Improvement Plan.
enum PlanLifecycleController {
    @Sendable static func consult(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let form = try req.form(ConsultationForm.self)
        let plan = model.record.plan
        let render = { (errors: [FieldError]) in
            try await HTMLResponse(status: .unprocessableEntity, html: PlanViews.overview(
                PlanOverview.Model(model), council: council.context, errors: errors, consultationForm: form,
                context: req.viewContext)).encodeResponse(for: req)
        }
        guard plan.status.isEditable else {
            return try await render([FieldError(field: "consulted", message: PlanMessages.consultationClosed(plan.status))])
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(errors)
        case let .valid(valid):
            try await RecordConsultation(dependencies: req.dependencies)(
                plan, consulted: valid.consulted, date: valid.date, feedback: valid.feedback, response: valid.response,
                by: req.actor, on: req.db)
            return req.redirect(to: .plan(.value(council.id), .value(plan.id)), notice: .consultationRecorded)
        }
    }

    @Sendable static func approve(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let form = try req.form(ApprovalForm.self)
        let plan = model.record.plan
        let render = { (status: HTTPStatus, errors: [FieldError]) in
            try await HTMLResponse(status: status, html: PlanViews.overview(
                PlanOverview.Model(model), council: council.context, errors: errors, approvalForm: form,
                context: req.viewContext)).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(.unprocessableEntity, errors)
        case let .valid(approval):
            do {
                try await ApprovePlan(dependencies: req.dependencies)(
                    model.record, snapshot: PlanSnapshot(model.record, inspection: model.inspection,
                                                         others: model.otherInspections, people: model.people),
                    approval: approval, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
            } catch PlanError.transitionRefused {
                return try await render(.unprocessableEntity, [FieldError(field: "body", message: PlanMessages.approvalRefused(plan.status))])
            } catch StoreError.staleEdit {
                return try await render(.conflict, [FieldError(field: "body", message: PlanMessages.approvalStale)])
            }
            return req.redirect(to: .plan(.value(council.id), .value(plan.id)), notice: .planApproved)
        }
    }

    private static func version(_ req: Request) async throws -> (Council, Plan, PlanVersion) {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let planID: Plan.ID = try req.id(.plan)
        guard let number = req.parameters.get(SiteURL.Key.number.rawValue).flatMap({ Int($0) }),
              let record = try await PlanStore.find(planID, in: council.id, on: req.db),
              let version = try await PlanRecordStore.version(number, of: planID, on: req.db) else {
            throw Abort(.notFound)
        }
        return (council, record.plan, version)
    }

    @Sendable static func version(req: Request) async throws -> HTMLResponse {
        let (council, plan, version) = try await version(req)
        return HTMLResponse(html: PlanLifecycleViews.version(version, plan: plan, council: council.context,
                                                             context: req.viewContext))
    }

    @Sendable static func versionMarkdown(req: Request) async throws -> Response {
        let (council, _, version) = try await version(req)
        let text = MarkdownRenderer.render(PlanVersionDocument.make(version, council: council))
        return .download(text, type: "text/markdown; charset=utf-8",
                         fileName: "plan-version-\(version.number)-\(version.approval.meetingDate.iso).md")
    }

    @Sendable static func versionJSON(req: Request) async throws -> Response {
        let (_, plan, version) = try await version(req)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let body = try encoder.encode(PlanVersionDTO(version, plan: plan))
        return .download(body, type: "application/json; charset=utf-8",
                         fileName: "plan-version-\(version.number)-\(version.approval.meetingDate.iso).json")
    }

    // MARK: Succession

    @Sendable static func successorForm(req: Request) async throws -> HTMLResponse {
        let (council, model) = try await runningPlan(req)
        var form = PlanForm()
        form.title = "Continuous Improvement Plan"
        form.inspection = model.record.plan.inspectionID?.description
        form.owner = model.record.plan.ownerID?.description
        form.carry = model.record.actions.filter { !$0.isFinished }.map(\.id.description)
        return try await renderSuccessor(form, model: model, council: council, errors: [], status: .ok, req: req)
    }

    @Sendable static func succeed(req: Request) async throws -> Response {
        let (council, model) = try await runningPlan(req)
        var form = try req.form(PlanForm.self)
        form.kind = PlanKind.continuousImprovement.rawValue
        let inspections = try await InspectionStore.all(in: council.id, on: req.db)
        form.inspections = Set(inspections.map(\.inspection.id.description))
        form.people = Set(model.people.keys.map(\.description))
        let unfinished = model.record.actions.filter { !$0.isFinished }
        let chosen = Set(form.carry ?? [])
        var extra: [FieldError] = []
        if chosen.contains(where: { id in !unfinished.contains { $0.id.description == id } }) {
            extra.append(FieldError(field: "carry", message: PlanMessages.carry))
        }
        switch form.validate() {
        case let .invalid(errors):
            return try await renderSuccessor(form, model: model, council: council, errors: errors + extra,
                                             status: .unprocessableEntity, req: req).encodeResponse(for: req)
        case let .valid(draft):
            if !extra.isEmpty {
                return try await renderSuccessor(form, model: model, council: council, errors: extra,
                                                 status: .unprocessableEntity, req: req).encodeResponse(for: req)
            }
            let id = try await DraftSuccessor(dependencies: req.dependencies)(
                of: model.record, draft, carrying: unfinished.filter { chosen.contains($0.id.description) }.map(\.id),
                by: req.actor, on: req.db)
            return req.redirect(to: .plan(.value(council.id), .value(id)), notice: .successorDrafted)
        }
    }

    private static func runningPlan(_ req: Request) async throws -> (Council, PlanPageModel) {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        guard model.record.plan.status == .active || model.record.plan.status == .approved else {
            throw Abort(.forbidden, reason: PlanMessages.notRunning)
        }
        return (council, model)
    }

    private static func renderSuccessor(_ form: PlanForm, model: PlanPageModel, council: Council,
                                        errors: [FieldError], status: HTTPStatus,
                                        req: Request) async throws -> HTMLResponse {
        let inspections = try await InspectionStore.all(in: council.id, on: req.db)
        return HTMLResponse(status: status, html: PlanLifecycleViews.successorForm(
            form, model: NewSuccessor.Model(model, inspections: inspections), council: council.context, errors: errors,
            context: req.viewContext))
    }
}
