import Fluent
import OversightDomain
import OversightStore
import Vapor

/// The scorecard and an indicator's page. Internal pages: signed-in staff see the true figures.
enum ScorecardController {
    static func model(_ indicator: Indicator, on db: any Database) async throws -> IndicatorPageModel {
        let values = try await IndicatorStore.values(of: indicator.id, on: db)
        let targets = try await IndicatorStore.targets(of: indicator.id, on: db)
        return IndicatorPageModel(summary: IndicatorSummary(indicator: indicator, values: values, targets: targets),
                                  values: values, targets: targets)
    }

    @Sendable static func scorecard(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        var models: [IndicatorPageModel] = []
        for indicator in try await IndicatorStore.indicators(in: council.id, on: req.db) {
            models.append(try await model(indicator, on: req.db))
        }
        let order = StandardIndicators.catalogue.map(\.theme)
        models.sort { lhs, rhs in
            let left = order.firstIndex(of: lhs.indicator.theme) ?? order.count
            let right = order.firstIndex(of: rhs.indicator.theme) ?? order.count
            return (left, lhs.indicator.theme, lhs.indicator.code) < (right, rhs.indicator.theme, rhs.indicator.code)
        }
        return HTMLResponse(html: ScorecardViews.scorecard(models, council: council.context, context: req.viewContext))
    }

    @Sendable static func indicator(req: Request) async throws -> HTMLResponse {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let id: Indicator.ID = try req.id(.indicator)
        guard let indicator = try await IndicatorStore.indicators(in: council.id, on: req.db).first(where: { $0.id == id }) else {
            throw Abort(.notFound)
        }
        return HTMLResponse(html: ScorecardViews.indicator(try await model(indicator, on: req.db), council: council.context,
                                                           context: req.viewContext))
    }
}
