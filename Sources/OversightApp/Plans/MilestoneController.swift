import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Milestones within an action: added by a plan editor or the action's lead, and marked as met.
enum MilestoneController {
    @Sendable static func add(req: Request) async throws -> Response {
        let (council, model, action) = try await editableAction(req)
        let form = try req.form(MilestoneForm.self)
        switch form.validate() {
        case let .invalid(errors):
            let details = try await ActionDetails.load(action, on: req.db)
            return try await HTMLResponse(status: .unprocessableEntity, html: ActionViews.detail(
                ActionPage.Model(action, in: model, details: details), council: council.context, milestoneForm: form,
                errors: errors, context: req.viewContext)).encodeResponse(for: req)
        case let .valid(valid):
            try await AddMilestone(dependencies: req.dependencies)(to: action, title: valid.title, due: valid.due,
                                                                   by: req.actor, on: req.db)
            return req.redirect(to: .action(.value(council.id), .value(model.record.plan.id), .value(action.id)),
                                notice: .milestoneAdded)
        }
    }

    @Sendable static func met(req: Request) async throws -> Response {
        let (council, model, action) = try await editableAction(req)
        let form = try req.form(MilestoneMetForm.self)
        let milestones = try await PlanRecordStore.milestones(of: action.id, on: req.db)
        guard let milestone = milestones.first(where: { $0.id.description == form.milestone }) else {
            throw Abort(.notFound)
        }
        do {
            try await RecordMilestoneMet(dependencies: req.dependencies)(
                milestone, on: model.today, expectedVersion: req.expectedVersion(form.version), by: req.actor,
                on: req.db)
        } catch StoreError.staleEdit {
            let details = try await ActionDetails.load(action, on: req.db)
            return try await HTMLResponse(status: .conflict, html: ActionViews.detail(
                ActionPage.Model(action, in: model, details: details), council: council.context,
                errors: [FieldError(field: "title", message: PlanMessages.milestoneStale(milestone.title))],
                context: req.viewContext)).encodeResponse(for: req)
        }
        return req.redirect(to: .action(.value(council.id), .value(model.record.plan.id), .value(action.id)),
                            notice: .milestoneMet)
    }

    /// The action in the path, for a milestone change by a plan editor or the action's own lead.
    private static func editableAction(_ req: Request) async throws -> (Council, PlanPageModel, PlanAction) {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let id: PlanAction.ID = try req.id(.action)
        let model = try await req.planPage(in: council, updates: .action(id))
        guard let action = model.record.actions.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        try await req.authorize(req.plans.manageMilestones(of: action, in: model.record.plan))
        return (council, model, action)
    }
}
