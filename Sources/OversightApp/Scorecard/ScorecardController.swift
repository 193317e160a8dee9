import Fluent
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// The scorecard and an indicator's page. Internal pages: signed-in staff see the true figures.
enum ScorecardController {
    /// The indicators with their figures, targets and benchmarks, read in three queries whatever
    /// their number.
    /// `latest` reads only each indicator's newest that many figures, for a page that shows no more.
    static func models(_ indicators: [Indicator], scope: IndicatorStore.Scope, latest: Int? = nil,
                       on db: any Database) async throws -> [IndicatorPageModel] {
        let values = try await IndicatorStore.values(scope, latest: latest, on: db)
        let targets = try await IndicatorStore.targets(scope, on: db)
        let benchmarks = try await IndicatorStore.benchmarks(scope, on: db)
        return indicators.map { indicator in
            let (v, t, b) = (values[indicator.id] ?? [], targets[indicator.id] ?? [], benchmarks[indicator.id] ?? [])
            return IndicatorPageModel(summary: IndicatorSummary(indicator: indicator, values: v, targets: t, benchmarks: b),
                                      values: v, targets: t, benchmarks: b)
        }
    }

    @Sendable static func scorecard(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.scorecard.read)
        let council = try await req.council()
        // The page shows the last 13 periods; where an indicator stands needs its latest figure, the
        // period before and the same period a year before, which the same 13 hold at any frequency.
        let (indicators, comparators) = try await req.onOneConnection { db in
            (try await models(council, latest: Scorecard.trendMonths, on: db), try await ComparatorStore.find(council.id, on: db))
        }
        let model = Scorecard.Model(indicators, comparators: comparators)
        return HTMLResponse(html: ScorecardViews.scorecard(model, council: council.context, context: req.viewContext))
    }

    /// Every indicator of the council with its figures (or its newest `latest`), in theme order.
    static func models(_ council: Council, latest: Int? = nil, on db: any Database) async throws -> [IndicatorPageModel] {
        var models = try await models(try await IndicatorStore.indicators(in: council.id, on: db),
                                      scope: .council(council.id), latest: latest, on: db)
        let order = StandardIndicators.catalogue.map(\.theme)
        models.sort { lhs, rhs in
            let left = order.firstIndex(of: lhs.indicator.theme) ?? order.count
            let right = order.firstIndex(of: rhs.indicator.theme) ?? order.count
            return (left, lhs.indicator.theme, lhs.indicator.code) < (right, rhs.indicator.theme, rhs.indicator.code)
        }
        return models
    }

    /// Every figure in the import's own columns, so an export can be edited and imported again.
    @Sendable static func csv(req: Request) async throws -> Response {
        try await req.authorize(req.scorecard.read)
        let council = try await req.council()
        var rows: [[String]] = []
        for model in try await models(council, on: req.db) {
            for value in model.values {
                rows.append([model.indicator.code, value.period.code, value.numerator.map(IndicatorValueImport.format) ?? "",
                             value.denominator.map(IndicatorValueImport.format) ?? "", IndicatorValueImport.format(value.value),
                             value.status.rawValue, value.comment ?? ""])
            }
        }
        return .download(CSVWriter.write(header: IndicatorValueImport.columns, rows: rows), type: "text/csv; charset=utf-8",
                         fileName: "scorecard-\(CalendarDate.inLondon(req.dependencies.now()).iso).csv")
    }

    @Sendable static func indicator(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.scorecard.read)
        let council = try await req.council()
        let id: Indicator.ID = try req.id(.indicator)
        guard let indicator = try await IndicatorStore.find(id, in: council.id, on: req.db) else { throw Abort(.notFound) }
        var loaded = try await models([indicator], scope: .indicator(indicator.id), on: req.db)[0]
        loaded.linkedActions = try await IndicatorStore.linkedActions(of: indicator.id, in: council.id, on: req.db)
        let model = IndicatorDetail.Model(loaded, comparators: try await ComparatorStore.find(council.id, on: req.db))
        return HTMLResponse(html: ScorecardViews.indicator(model, council: council.context, context: req.viewContext))
    }

    struct CatalogueForm: Content {
        var code: String?
    }

    private static func available(_ council: Council, on db: any Database) async throws -> [IndicatorDefinition] {
        let have = Set(try await IndicatorStore.indicators(in: council.id, on: db).map(\.code))
        return StandardIndicators.catalogue.filter { !have.contains($0.code) }
    }

    @Sendable static func catalogue(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        return HTMLResponse(html: ScorecardViews.catalogue(IndicatorCatalogue.Model(try await available(council, on: req.db)),
                                                           council: council.context, errors: [], context: req.viewContext))
    }

    @Sendable static func addFromCatalogue(req: Request) async throws -> Response {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        let code = try req.form(CatalogueForm.self).code
        let available = try await available(council, on: req.db)
        guard let definition = available.first(where: { $0.code == code }) else {
            return try await HTMLResponse(status: .unprocessableEntity, html: ScorecardViews.catalogue(
                IndicatorCatalogue.Model(available), council: council.context,
                errors: [FieldError(field: "code", message: ScorecardMessages.notInCatalogue(code))],
                context: req.viewContext)).encodeResponse(for: req)
        }
        let indicator = Indicator(id: .init(req.dependencies.newID()), councilID: council.id, definition)
        let actor = req.actor, dependencies = req.dependencies
        try await Audit.changing(touching: [.scorecard(council.id)], on: req.db, dependencies: req.dependencies) { change in
            try await IndicatorStore.add(indicator, at: dependencies.now(), on: change)
            change.audit(actor.record("indicator.add", "indicator", id: indicator.id.description, after: indicator.code))
        }
        return req.redirect(to: .indicatorCatalogue(.value(council.id)), notice: .indicatorAdded)
    }
}
