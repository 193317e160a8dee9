import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

/// An indicator's targets, benchmarks and the plan actions that aim to move it: each page lists
/// what is recorded with a button to remove it, and a form to add one.
enum IndicatorLinksController {
    private static func load(_ req: Request) async throws -> (Council, IndicatorPageModel) {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        let indicator = try await IndicatorEditController.indicator(req, in: council)
        let model = try await ScorecardController.models([indicator], scope: .indicator(indicator.id), on: req.db)[0]
        return (council, model)
    }

    @Sendable static func targets(req: Request) async throws -> HTMLResponse {
        let (council, model) = try await load(req)
        return HTMLResponse(html: IndicatorFormViews.targets(IndicatorTargets.Model(model), form: TargetForm(), council: council.context,
                                                             errors: [], context: req.viewContext))
    }

    @Sendable static func changeTarget(req: Request) async throws -> Response {
        let (council, model) = try await load(req)
        let change = ChangeIndicator(dependencies: req.dependencies)
        let back = SiteURL.indicatorTargets(.value(council.id), .value(model.indicator.id))
        if let remove = try? req.content.get(String.self, at: "remove") {
            guard let period = ReportingPeriod(remove), model.targets.contains(where: { $0.period == period }) else {
                throw Abort(.notFound)
            }
            try await change.removeTarget(period, of: model.indicator, by: req.actor, on: req.db)
            return req.redirect(to: back, notice: .targetRemoved)
        }
        let form = try req.form(TargetForm.self)
        switch form.validate(for: model.indicator) {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: IndicatorFormViews.targets(
                IndicatorTargets.Model(model), form: form, council: council.context, errors: errors, context: req.viewContext))
                .encodeResponse(for: req)
        case let .valid(target):
            try await change.setTarget(target, of: model.indicator, by: req.actor, on: req.db)
            return req.redirect(to: back, notice: .targetSaved)
        }
    }

    @Sendable static func benchmarks(req: Request) async throws -> HTMLResponse {
        let (council, model) = try await load(req)
        let page = IndicatorBenchmarks.Model(model, comparators: try await ComparatorStore.find(council.id, on: req.db))
        return HTMLResponse(html: IndicatorFormViews.benchmarks(page, form: BenchmarkForm(), council: council.context, errors: [],
                                                                context: req.viewContext))
    }

    @Sendable static func changeBenchmark(req: Request) async throws -> Response {
        let (council, model) = try await load(req)
        let change = ChangeIndicator(dependencies: req.dependencies)
        let back = SiteURL.indicatorBenchmarks(.value(council.id), .value(model.indicator.id))
        if let remove = try? req.content.get(String.self, at: "remove") {
            guard let year = Int(remove), model.benchmarks.contains(where: { $0.year == year }) else { throw Abort(.notFound) }
            try await change.removeBenchmark(year, of: model.indicator, by: req.actor, on: req.db)
            return req.redirect(to: back, notice: .benchmarksRemoved)
        }
        let form = try req.form(BenchmarkForm.self)
        switch form.validate(for: model.indicator) {
        case let .invalid(errors):
            let page = IndicatorBenchmarks.Model(model, comparators: try await ComparatorStore.find(council.id, on: req.db))
            return try await HTMLResponse(status: .unprocessableEntity, html: IndicatorFormViews.benchmarks(
                page, form: form, council: council.context, errors: errors, context: req.viewContext)).encodeResponse(for: req)
        case let .valid(benchmark):
            try await change.setBenchmark(benchmark, of: model.indicator, by: req.actor, on: req.db)
            return req.redirect(to: back, notice: .benchmarksSaved)
        }
    }

    /// The council's plans that are not closed, with their actions, for linking.
    private static func available(_ council: Council, on db: any Database) async throws -> [(plan: Plan, actions: [PlanAction])] {
        var result: [(plan: Plan, actions: [PlanAction])] = []
        for plan in try await PlanStore.plans(in: council.id, on: db) where plan.status != .closed {
            if let record = try await PlanStore.find(plan.id, in: council.id, on: db) { result.append((plan, record.actions)) }
        }
        return result
    }

    private static func actionsPage(_ req: Request, _ council: Council, _ model: IndicatorPageModel, status: HTTPStatus = .ok,
                                    errors: [FieldError] = []) async throws -> Response {
        let linked = try await IndicatorStore.linkedActions(of: model.indicator.id, in: council.id, on: req.db)
        let page = IndicatorActions.Model(model, linked: linked, available: try await available(council, on: req.db))
        return try await HTMLResponse(status: status, html: IndicatorFormViews.actions(
            page, council: council.context, errors: errors, context: req.viewContext)).encodeResponse(for: req)
    }

    @Sendable static func actions(req: Request) async throws -> Response {
        let (council, model) = try await load(req)
        return try await actionsPage(req, council, model)
    }

    @Sendable static func changeAction(req: Request) async throws -> Response {
        let (council, model) = try await load(req)
        let form = try req.form(ActionLinkForm.self)
        let change = ChangeIndicator(dependencies: req.dependencies)
        let back = SiteURL.indicatorActions(.value(council.id), .value(model.indicator.id))
        if let remove = form.remove.trimmedOrNil {
            guard let id = PlanAction.ID(remove) else { throw Abort(.notFound) }
            try await change.unlink(model.indicator, from: id, by: req.actor, on: req.db)
            return req.redirect(to: back, notice: .actionUnlinked)
        }
        let actions = try await available(council, on: req.db).flatMap(\.actions)
        guard let chosen = form.action.trimmedOrNil.flatMap({ PlanAction.ID($0) }), actions.contains(where: { $0.id == chosen }) else {
            return try await actionsPage(req, council, model, status: .unprocessableEntity,
                                         errors: [FieldError(field: "action", message: ScorecardMessages.linkAction)])
        }
        try await change.link(model.indicator, to: chosen, by: req.actor, on: req.db)
        return req.redirect(to: back, notice: .actionLinked)
    }
}
