import OversightDomain
import OversightStore
import Vapor

/// Judgements and recommendations, always reached through their inspection and council.
enum FindingController {
    // MARK: Judgements

    @Sendable static func newJudgement(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let inspection = try await req.inspection(in: council).inspection
        return HTMLResponse(html: FindingViews.judgementForm(
            JudgementForm(framework: inspection.framework), context: req.viewContext, council: council.context, inspection: inspection,
            judgementID: nil, errors: []))
    }

    @Sendable static func createJudgement(req: Request) async throws -> Response {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        var form = try req.form(JudgementForm.self)
        form.framework = record.inspection.framework
        let render = { (errors: [FieldError]) in
            try await HTMLResponse(status: .unprocessableEntity, html: FindingViews.judgementForm(
                form, context: req.viewContext, council: council.context, inspection: record.inspection, judgementID: nil, errors: errors)
            ).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(errors)
        case let .valid(draft):
            if record.judgements.contains(where: { $0.body == draft.body && $0.area == draft.area }) {
                return try await render([FieldError(field: "area", message: InspectionMessages.judgementRepeated)])
            }
            do {
                _ = try await RecordJudgement(dependencies: req.dependencies)(draft, for: record.inspection.id, by: req.actor, on: req.db)
            } catch StoreError.duplicate {
                return try await render([FieldError(field: "area", message: InspectionMessages.judgementRepeated)])
            }
            return req.redirect(to: .inspection(council.id, record.inspection.id), notice: .judgementAdded)
        }
    }

    @Sendable static func editJudgement(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let judgement = try findJudgement(req, in: record)
        return HTMLResponse(html: FindingViews.judgementForm(
            JudgementForm(judgement, framework: record.inspection.framework), context: req.viewContext, council: council.context,
            inspection: record.inspection, judgementID: judgement.id, errors: []))
    }

    @Sendable static func updateJudgement(req: Request) async throws -> Response {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let judgement = try findJudgement(req, in: record)
        var form = try req.form(JudgementForm.self)
        form.framework = record.inspection.framework
        let render = { (status: HTTPStatus, errors: [FieldError], conflict: Judgement?) in
            try await HTMLResponse(status: status, html: FindingViews.judgementForm(
                form, context: req.viewContext, council: council.context, inspection: record.inspection, judgementID: judgement.id,
                errors: errors, conflict: conflict)
            ).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(.unprocessableEntity, errors, nil)
        case let .valid(draft):
            do {
                try await UpdateJudgement(dependencies: req.dependencies)(
                    judgement.id, draft, before: judgement, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
            } catch StoreError.duplicate {
                return try await render(.unprocessableEntity,
                                        [FieldError(field: "area", message: InspectionMessages.judgementRepeated)], nil)
            } catch StoreError.staleEdit {
                form.version = String(judgement.version)
                return try await render(.conflict, [], judgement)
            }
            return req.redirect(to: .inspection(council.id, record.inspection.id), notice: .judgementSaved)
        }
    }

    private static func findJudgement(_ req: Request, in record: InspectionRecord) throws -> Judgement {
        let id: Judgement.ID = try req.id(.judgement)
        guard let judgement = record.judgements.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return judgement
    }

    // MARK: Recommendations

    @Sendable static func showRecommendation(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.read)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let recommendation = try findRecommendation(req, in: record)
        let answering = try await PlanStore.actions(answering: recommendation.id, on: req.db)
        return HTMLResponse(html: FindingViews.recommendation(recommendation, inspection: record.inspection,
                                                              council: council.context, answering: answering,
                                                              context: req.viewContext))
    }

    @Sendable static func newRecommendation(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let next = (record.recommendations.map(\.number).max() ?? 0) + 1
        return HTMLResponse(html: FindingViews.recommendationForm(
            RecommendationForm(number: String(next)), context: req.viewContext, council: council.context, inspection: record.inspection,
            recommendationID: nil, errors: []))
    }

    @Sendable static func createRecommendation(req: Request) async throws -> Response {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let form = try req.form(RecommendationForm.self)
        let render = { (errors: [FieldError]) in
            try await HTMLResponse(status: .unprocessableEntity, html: FindingViews.recommendationForm(
                form, context: req.viewContext, council: council.context, inspection: record.inspection, recommendationID: nil, errors: errors)
            ).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(errors)
        case let .valid(draft):
            let taken = [FieldError(field: "number", message: InspectionMessages.recommendationNumberTaken(draft.number))]
            if record.recommendations.contains(where: { $0.number == draft.number }) { return try await render(taken) }
            let id: Recommendation.ID
            do {
                id = try await AddRecommendation(dependencies: req.dependencies)(draft, to: record.inspection.id, by: req.actor, on: req.db)
            } catch StoreError.duplicate {
                return try await render(taken)
            }
            return req.redirect(to: .recommendation(.value(council.id), .value(record.inspection.id), .value(id)),
                                notice: .recommendationAdded)
        }
    }

    @Sendable static func editRecommendation(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let recommendation = try findRecommendation(req, in: record)
        return HTMLResponse(html: FindingViews.recommendationForm(
            RecommendationForm(recommendation), context: req.viewContext, council: council.context, inspection: record.inspection,
            recommendationID: recommendation.id, errors: []))
    }

    @Sendable static func updateRecommendation(req: Request) async throws -> Response {
        try await req.authorize(req.inspections.record)
        let council = try await req.council()
        let record = try await req.inspection(in: council)
        let recommendation = try findRecommendation(req, in: record)
        var form = try req.form(RecommendationForm.self)
        let render = { (status: HTTPStatus, errors: [FieldError], conflict: Recommendation?) in
            try await HTMLResponse(status: status, html: FindingViews.recommendationForm(
                form, context: req.viewContext, council: council.context, inspection: record.inspection,
                recommendationID: recommendation.id, errors: errors, conflict: conflict)
            ).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await render(.unprocessableEntity, errors, nil)
        case let .valid(draft):
            let taken = [FieldError(field: "number", message: InspectionMessages.recommendationNumberTaken(draft.number))]
            if record.recommendations.contains(where: { $0.number == draft.number && $0.id != recommendation.id }) {
                return try await render(.unprocessableEntity, taken, nil)
            }
            do {
                try await UpdateRecommendation(dependencies: req.dependencies)(
                    recommendation.id, draft, before: recommendation, expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
            } catch StoreError.duplicate {
                return try await render(.unprocessableEntity, taken, nil)
            } catch StoreError.staleEdit {
                form.version = String(recommendation.version)
                return try await render(.conflict, [], recommendation)
            }
            return req.redirect(to: .recommendation(.value(council.id), .value(record.inspection.id),
                                                    .value(recommendation.id)), notice: .recommendationSaved)
        }
    }

    private static func findRecommendation(_ req: Request, in record: InspectionRecord) throws -> Recommendation {
        let id: Recommendation.ID = try req.id(.recommendation)
        guard let recommendation = record.recommendations.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return recommendation
    }
}
