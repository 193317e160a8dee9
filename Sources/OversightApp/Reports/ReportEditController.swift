import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Drafting a report and editing a draft.
enum ReportEditController {
    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        let viewer = try await req.authorized(req.reports.edit)
        let council = try await req.council()
        let templates = try await ReportTemplateStore.latest(on: req.db)
        // "New report" from a committee's page arrives with the committee chosen, and starts from
        // the committee's own template unless another is asked for.
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        let body = bodies.first { $0.id.description == (try? req.query.get(String.self, at: "body")) }
        guard let chosen = templates.first(where: { $0.id.description == (try? req.query.get(String.self, at: "template")) })
            ?? templates.first(where: { $0.familyID == body?.reportTemplate })
            ?? templates.first(where: { $0.familyID == ReportTemplateStore.standardFamily }) ?? templates.first else {
            throw Abort(.internalServerError, reason: "There are no report templates: migration 0013 adds the standard one")
        }
        var form = ReportForm()
        form["template"] = chosen.id.description
        form["areasScope"] = "all"
        form["part"] = ReportPart.partI.rawValue
        form["keyDecision"] = "no"
        form["body"] = body?.id.description
        if let personID = viewer.user.personID, let person = try await PersonStore.find(personID, in: council.id, on: req.db) {
            form["contactName"] = person.name
            form["contactTelephone"] = person.telephone
            form["contactJobTitle"] = person.jobTitle
            form["contactEmail"] = person.email
        }
        return HTMLResponse(html: ReportFormViews.form(form, template: chosen, templates: templates, report: nil,
                                                       bodies: bodies, council: council, errors: [], context: req.viewContext))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await req.authorize(req.reports.edit)
        let council = try await req.council()
        let form = try req.form(ReportForm.self)
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        let templates = try await ReportTemplateStore.latest(on: req.db)
        guard let template = templates.first(where: { $0.id.description == form["template"] }) else {
            throw Abort(.badRequest, reason: ReportMessages.templateMissing)
        }
        switch form.validate(template: template.template, bodies: bodies, councilAreas: council.areas, areaLabel: council.areaLabel) {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: ReportFormViews.form(
                form, template: template, templates: templates, report: nil, bodies: bodies, council: council, errors: errors,
                context: req.viewContext)).encodeResponse(for: req)
        case let .valid(valid):
            let report = Report(id: .init(req.dependencies.newID()), councilID: council.id, templateID: template.id, valid)
            try await CreateReport(dependencies: req.dependencies)(report, by: req.actor, on: req.db)
            return req.redirect(to: .report(.value(council.id), .value(report.id)), notice: .reportDrafted)
        }
    }

    private static func editable(_ req: Request) async throws -> (Council, Report, TemplateVersion) {
        try await req.authorize(req.reports.edit)
        let council = try await req.council()
        guard let (report, _) = try await ReportStore.find(req.id(.report), in: council.id, on: req.db),
              let template = try await ReportTemplateStore.find(report.templateID, on: req.db) else { throw Abort(.notFound) }
        try await req.authorize(req.reports.work(on: report))
        return (council, report, template)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let (council, report, template) = try await editable(req)
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        guard report.status.isEditable else {
            return req.redirect(to: SiteURL.report(.value(council.id), .value(report.id)).path)
        }
        return try await HTMLResponse(html: ReportFormViews.form(
            ReportForm(report, template: template.template), template: template, templates: [], report: report,
            bodies: bodies, council: council, errors: [], context: req.viewContext)).encodeResponse(for: req)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (council, report, template) = try await editable(req)
        var form = try req.form(ReportForm.self)
        form["template"] = template.id.description
        let bodies = try await BodyStore.all(in: council.id, on: req.db)
        let render = { (status: HTTPStatus, errors: [FieldError], conflict: Report?) in
            try await HTMLResponse(status: status, html: ReportFormViews.form(
                form, template: template, templates: [], report: report, bodies: bodies, council: council, errors: errors,
                conflict: conflict, context: req.viewContext)).encodeResponse(for: req)
        }
        guard report.status.isEditable else {
            return try await render(.conflict, [FieldError(field: "title", message: ReportMessages.notEditable(report.status))], nil)
        }
        switch form.validate(template: template.template, bodies: bodies, councilAreas: council.areas, areaLabel: council.areaLabel) {
        case let .invalid(errors): return try await render(.unprocessableEntity, errors, nil)
        case let .valid(valid):
            do {
                try await UpdateReport(dependencies: req.dependencies)(
                    report.applying(valid), expectedVersion: req.expectedVersion(form["version"]), by: req.actor, on: req.db)
            } catch StoreError.staleEdit {
                return try await render(.conflict, [FieldError(field: "title", message: Messages.staleEdit)], report)
            }
            return req.redirect(to: .report(.value(council.id), .value(report.id)), notice: .reportSaved)
        }
    }
}
