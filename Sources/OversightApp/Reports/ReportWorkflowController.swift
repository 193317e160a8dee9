import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Clearing, returning, publishing and correcting a report.
enum ReportWorkflowController {
    private static func renderShow(_ req: Request, status: HTTPStatus, errors: [FieldError],
                                   lateReason: String? = nil) async throws -> Response {
        let (model, access) = try await req.reportPage()
        return try await HTMLResponse(status: status, html: ReportViews.show(
            ReportPage.Model(model), access: access, errors: errors, lateReason: lateReason, context: req.viewContext)).encodeResponse(for: req)
    }

    @Sendable static func transition(req: Request) async throws -> Response {
        let form = try req.form(ReportTransitionForm.self)
        let event = ReportEvent.from(code: form.event.trimmedOrNil)
        switch event {
        case .clear: try await req.authorize(req.reports.clear)
        case .returnToDraft:
            try await req.authorize(req.reports.returnToDraft)
        default: throw Abort(.badRequest, reason: ReportMessages.workflowChoice)
        }
        let (model, _) = try await req.reportPage(withDocument: false)
        guard let event else { throw Abort(.badRequest) }
        try await req.authorize(req.reports.work(on: model.report))
        do {
            try await TransitionReport(dependencies: req.dependencies)(
                model.report, event: event, template: model.template.template,
                expectedVersion: req.expectedVersion(form.version), by: req.actor, on: req.db)
        } catch let ReportError.notReady(problems) {
            return try await renderShow(req, status: .unprocessableEntity, errors: problems.map {
                FieldError(field: "workflow", message: $0)
            })
        } catch ReportError.transitionRefused(_, let from) {
            return try await renderShow(req, status: .conflict, errors: [FieldError(field: "workflow", message: ReportMessages.transitionRefused(from, event))])
        } catch StoreError.staleEdit {
            return try await renderShow(req, status: .conflict, errors: [FieldError(field: "workflow", message: ReportMessages.transitionStale)])
        }
        return req.redirect(to: .report(.value(model.council.id), .value(model.report.id)),
                            notice: event == .clear ? .reportCleared : .reportReturned)
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        try await req.authorize(req.reports.edit)
        let (model, _) = try await req.reportPage(withDocument: false)
        try await req.authorize(req.reports.work(on: model.report))
        let form = try req.form(PublishForm.self)
        let lateReason = form.lateReason.trimmedOrNil
        if let lateReason, lateReason.count > 4000 {
            return try await renderShow(req, status: .unprocessableEntity, errors: [FieldError(
                field: "lateReason", message: Messages.tooLong("Why it is late", max: 4000))], lateReason: lateReason)
        }
        do {
            try await PublishReport(dependencies: req.dependencies)(
                model.report, template: model.template.template, council: model.council, publishedOn: model.today,
                lateReason: lateReason, rules: model.rules, expectedVersion: req.expectedVersion(form.version),
                by: req.actor, on: req.db)
        } catch ReportError.lateWithoutReason {
            return try await renderShow(req, status: .unprocessableEntity, errors: [FieldError(field: "lateReason", message: ReportMessages.publishLate(model.publishBy))])
        } catch ReportError.transitionRefused(_, let from) {
            return try await renderShow(req, status: .conflict, errors: [FieldError(field: "workflow", message: ReportMessages.publishRefused(from))])
        } catch StoreError.staleEdit {
            return try await renderShow(req, status: .conflict, errors: [FieldError(field: "workflow", message: ReportMessages.publishStale)])
        }
        return req.redirect(to: .report(.value(model.council.id), .value(model.report.id)), notice: .reportPublished)
    }

    @Sendable static func correct(req: Request) async throws -> Response {
        try await req.authorize(req.reports.edit)
        let (model, _) = try await req.reportPage(withDocument: false)
        try await req.authorize(req.reports.work(on: model.report))
        guard model.correctedBy == nil else {
            return try await renderShow(req, status: .conflict, errors: [FieldError(field: "workflow", message: ReportMessages.correctionStarted)])
        }
        do {
            let id = try await DraftCorrection(dependencies: req.dependencies)(of: model.report, by: req.actor, on: req.db)
            return req.redirect(to: .editReport(.value(model.council.id), .value(id)), notice: .correctionDrafted)
        } catch ReportError.transitionRefused {
            return try await renderShow(req, status: .conflict, errors: [FieldError(field: "workflow", message: ReportMessages.correctOnlyPublished)])
        }
    }
}
