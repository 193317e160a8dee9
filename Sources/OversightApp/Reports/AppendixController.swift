import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Adding, removing and downloading a report's appendices.
enum AppendixController {
    struct Choices {
        var plans: [Plan]
        var periods: [(plan: Plan, period: UpdatePeriod)]
        var assessments: [SelfAssessment] = []
    }

    private static func choices(_ council: Council, on db: any Database) async throws -> Choices {
        let plans = try await PlanStore.plans(in: council.id, on: db)
        var periods: [(Plan, UpdatePeriod)] = []
        for plan in plans {
            for period in try await UpdateStore.periods(of: plan.id, on: db) { periods.append((plan, period)) }
        }
        return Choices(plans: plans, periods: periods, assessments: try await SelfAssessmentStore.all(in: council.id, on: db))
    }

    private static func draft(_ req: Request) async throws -> ReportPageModel {
        try await req.authorize(req.reports.edit)
        let (model, _) = try await req.reportPage(withDocument: false)
        try await req.authorize(req.reports.work(on: model.report))
        return model
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let model = try await draft(req)
        guard model.report.status.isEditable else {
            return req.redirect(to: SiteURL.report(.value(model.council.id), .value(model.report.id)).path)
        }
        return try await HTMLResponse(html: AppendixViews.form(
            AppendixForm(), model: NewAppendix.Model(model), choices: try await choices(model.council, on: req.db), errors: [],
            context: req.viewContext)).encodeResponse(for: req)
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let model = try await draft(req)
        let form = try req.form(AppendixForm.self)
        let choices = try await choices(model.council, on: req.db)
        let render = { (status: HTTPStatus, errors: [FieldError]) in
            try await HTMLResponse(status: status, html: AppendixViews.form(
                form, model: NewAppendix.Model(model), choices: choices, errors: errors, context: req.viewContext)).encodeResponse(for: req)
        }
        guard model.report.status.isEditable else {
            return try await render(.conflict, [FieldError(field: "source", message: ReportMessages.appendixNotDraft(model.report.status))])
        }
        switch form.validate(plans: choices.plans.map(\.id), periods: choices.periods.map { ($0.plan.id, $0.period.id) },
                             assessments: choices.assessments, reportIsPartOne: model.report.part == .partI) {
        case let .invalid(errors): return try await render(.unprocessableEntity, errors)
        case let .valid(valid):
            try await AddAppendix(dependencies: req.dependencies)(
                to: model.report, title: valid.title, source: valid.source, exemption: valid.exemption, bytes: valid.bytes,
                by: req.actor, on: req.db)
            return req.redirect(to: .report(.value(model.council.id), .value(model.report.id)), notice: .appendixAdded)
        }
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let model = try await draft(req)
        do {
            try await RemoveAppendix(dependencies: req.dependencies)(try req.id(.appendix), from: model.report,
                                                                     by: req.actor, on: req.db)
        } catch StoreError.notFound {
            throw Abort(.notFound)
        } catch ReportError.transitionRefused {
            let (page, access) = try await req.reportPage()
            return try await HTMLResponse(status: .conflict, html: ReportViews.show(
                ReportPage.Model(page), access: access, errors: [FieldError(field: "workflow", message: ReportMessages.appendixRemoveNotDraft)],
                context: req.viewContext))
                .encodeResponse(for: req)
        }
        return req.redirect(to: .report(.value(model.council.id), .value(model.report.id)), notice: .appendixRemoved)
    }

    @Sendable static func file(req: Request) async throws -> Response {
        let (model, access) = try await req.reportPage(withDocument: false)
        guard access != .exempt else {
            throw Abort(.forbidden, reason: "This report is exempt from publication (Part II).")
        }
        guard let (appendix, data) = try await ReportAppendixStore.file(try req.id(.appendix), of: model.report.id, on: req.db),
              case let .uploaded(fileName, kind, _) = appendix.source else { throw Abort(.notFound) }
        guard appendix.exemption == nil || model.report.isExempt || req.partTwo.sees else {
            throw Abort(.forbidden, reason: "This appendix is exempt from publication (Part II).")
        }
        return .download(data, type: kind.contentType, fileName: fileName)
    }
}
