import Foundation
import OversightDomain
import OversightStore
import Vapor

/// An indicator's definition, one figure at a time, and the council's comparators.
enum IndicatorEditController {
    static func indicator(_ req: Request, in council: Council) async throws -> Indicator {
        guard let indicator = try await IndicatorStore.find(req.id(.indicator), in: council.id, on: req.db) else {
            throw Abort(.notFound)
        }
        return indicator
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        var form = IndicatorForm()
        form.countsChildren = "yes"
        return HTMLResponse(html: IndicatorFormViews.definition(
            form, indicator: nil, people: try await PersonStore.all(in: council.id, on: req.db), council: council.context,
            errors: [], context: req.viewContext))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        let form = try req.form(IndicatorForm.self)
        let people = try await PersonStore.all(in: council.id, on: req.db)
        func refuse(_ errors: [FieldError]) async throws -> Response {
            try await HTMLResponse(status: .unprocessableEntity, html: IndicatorFormViews.definition(
                form, indicator: nil, people: people, council: council.context, errors: errors, context: req.viewContext))
                .encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await refuse(errors)
        case var .valid(draft):
            if let owner = draft.ownerID, !people.contains(where: { $0.id == owner }) { draft.ownerID = nil }
            do {
                let id = try await SaveIndicator(dependencies: req.dependencies).create(draft, in: council.id, by: req.actor, on: req.db)
                return req.redirect(to: .indicator(.value(council.id), .value(id)), notice: .indicatorAdded)
            } catch StoreError.duplicate {
                return try await refuse([FieldError(field: "code", message: ScorecardMessages.codeTaken(draft.code))])
            }
        }
    }

    @Sendable static func edit(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        let indicator = try await indicator(req, in: council)
        return HTMLResponse(html: IndicatorFormViews.definition(
            IndicatorForm(indicator), indicator: indicator, people: try await PersonStore.all(in: council.id, on: req.db),
            council: council.context, errors: [], context: req.viewContext))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        let indicator = try await indicator(req, in: council)
        var form = try req.form(IndicatorForm.self)
        let people = try await PersonStore.all(in: council.id, on: req.db)
        func page(_ status: HTTPStatus, _ errors: [FieldError], conflict: Indicator? = nil) async throws -> Response {
            try await HTMLResponse(status: status, html: IndicatorFormViews.definition(
                form, indicator: indicator, people: people, council: council.context, errors: errors, conflict: conflict,
                context: req.viewContext)).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await page(.unprocessableEntity, errors)
        case var .valid(draft):
            if let owner = draft.ownerID, !people.contains(where: { $0.id == owner }) { draft.ownerID = nil }
            do {
                try await SaveIndicator(dependencies: req.dependencies).update(
                    indicator, draft, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
                return req.redirect(to: .indicator(.value(council.id), .value(indicator.id)), notice: .indicatorSaved)
            } catch let refusal as IndicatorRefusal {
                return try await page(.unprocessableEntity, [refusal.fieldError])
            } catch StoreError.duplicate {
                return try await page(.unprocessableEntity, [FieldError(field: "code", message: ScorecardMessages.codeTaken(draft.code))])
            } catch StoreError.staleEdit {
                form.version = String(indicator.version)
                return try await page(.conflict, [], conflict: indicator)
            }
        }
    }

    @Sendable static func valueForm(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.scorecard.enterFigures)
        let council = try await req.council()
        let indicator = try await indicator(req, in: council)
        let period = (try? req.query.get(String.self, at: "period")).flatMap { ReportingPeriod($0) }
        let existing = try await period.asyncMap { try await IndicatorStore.value(of: indicator.id, for: $0, on: req.db) } ?? nil
        let form = existing.map { IndicatorValueForm($0.value, version: $0.version) } ?? IndicatorValueForm(period: period?.code)
        return HTMLResponse(html: IndicatorFormViews.value(form, indicator: indicator, editing: existing != nil,
                                                           council: council.context, errors: [], context: req.viewContext))
    }

    @Sendable static func saveValue(req: Request) async throws -> Response {
        _ = try await req.authorized(req.scorecard.enterFigures)
        let council = try await req.council()
        let indicator = try await indicator(req, in: council)
        var form = try req.form(IndicatorValueForm.self)
        let editing = try req.expectedVersion(form.version) > 0
        func page(_ status: HTTPStatus, _ errors: [FieldError], conflict: IndicatorValue? = nil) async throws -> Response {
            try await HTMLResponse(status: status, html: IndicatorFormViews.value(
                form, indicator: indicator, editing: editing, council: council.context, errors: errors, conflict: conflict,
                context: req.viewContext)).encodeResponse(for: req)
        }
        switch form.validate(for: indicator) {
        case let .invalid(errors): return try await page(.unprocessableEntity, errors)
        case let .valid(value):
            do {
                try await SaveIndicatorValue(dependencies: req.dependencies)(
                    value, of: indicator, expectedVersion: req.expectedVersion(form.version),
                    mayCorrectValidated: req.scorecard.correctsValidated, by: req.actor, on: req.db)
                return req.redirect(to: .indicator(.value(council.id), .value(indicator.id)), notice: .figureSaved)
            } catch let refusal as IndicatorRefusal {
                return try await page(.unprocessableEntity, [refusal.fieldError])
            } catch StoreError.staleEdit {
                let current = try await IndicatorStore.value(of: indicator.id, for: value.period, on: req.db)
                form.version = String(current?.version ?? 0)
                return try await page(.conflict, [], conflict: current?.value)
            }
        }
    }

    @Sendable static func comparators(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        return HTMLResponse(html: IndicatorFormViews.comparators(
            ComparatorsForm(try await ComparatorStore.find(council.id, on: req.db)), council: council.context, errors: [],
            context: req.viewContext))
    }

    @Sendable static func saveComparators(req: Request) async throws -> Response {
        try await req.authorize(req.scorecard.manage)
        let council = try await req.council()
        var form = try req.form(ComparatorsForm.self)
        switch form.validate(council: council.name) {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: IndicatorFormViews.comparators(
                form, council: council.context, errors: errors, context: req.viewContext)).encodeResponse(for: req)
        case let .valid(comparators):
            do {
                try await ChangeIndicator(dependencies: req.dependencies).saveComparators(
                    comparators, of: council.id, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
                return req.redirect(to: .scorecard(.value(council.id)), notice: .comparatorsSaved)
            } catch StoreError.staleEdit {
                let current = try await ComparatorStore.find(council.id, on: req.db)
                form.version = String(current.version)
                return try await HTMLResponse(status: .conflict, html: IndicatorFormViews.comparators(
                    form, council: council.context, errors: [], conflict: current, context: req.viewContext)).encodeResponse(for: req)
            }
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
