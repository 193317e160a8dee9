import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// `/api/v1/plans`, `/api/v1/plans/{id}` and `/api/v1/actions?plan=&rating=&status=`.
enum PlanAPIController {
    @Sendable static func plans(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
        return try APIController.paged(try await PlanStore.allPlans(on: req.db).map { PlanDTO($0) }, req)
    }

    @Sendable static func plan(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
        let model = try await req.apiPlanPage(try req.id(.plan))
        let priorities = model.record.priorities.map { priority in
            PriorityDTO(id: priority.id.description, number: priority.number, title: priority.title,
                        outcome: priority.outcome,
                        actions: model.record.actions(in: priority.id).map { ActionDTO($0, model: model) })
        }
        return try APIController.json(PlanDTO(model.record.plan, priorities: priorities), req)
    }

    @Sendable static func actions(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
        guard let planText = req.query[String.self, at: "plan"], let planID = Plan.ID(planText) else {
            throw Abort(.badRequest, reason: "plan must be the id of a plan, as /api/v1/plans lists them")
        }
        let rating = try filter(req, "rating", Rating.self)
        let status = try filter(req, "status", ActionStatus.self)
        let model = try await req.apiPlanPage(planID)
        let actions = model.record.actions.filter { action in
            (rating == nil || model.latestRating(action.id) == rating) && (status == nil || action.status == status)
        }
        return try APIController.paged(actions.map { ActionDTO($0, model: model) }, req)
    }

    private static func filter<T: Labelled>(_ req: Request, _ name: String, _: T.Type) throws -> T? {
        guard let text = req.query[String.self, at: name] else { return nil }
        guard let value = T(rawValue: text) else {
            throw Abort(.badRequest, reason: "\(name) must be one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }
}
