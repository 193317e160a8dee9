import Foundation
import OversightDomain
import OversightStore
import Vapor

/// The administrator's report settings: templates (copied and changed, each save a new version)
/// and the bank holidays that publication deadlines count around.
enum ReportSettingsController {
    @Sendable static func templates(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.reports.settings)
        let templates = try await ReportTemplateStore.latest(on: req.db)
        return HTMLResponse(html: ReportSettingsViews.templates(ReportTemplates.Model(templates),
                                                                copyName: nil, errors: [], context: req.viewContext))
    }

    @Sendable static func copyTemplate(req: Request) async throws -> Response {
        try await req.authorize(req.reports.settings)
        let form = try req.form(TemplateCopyForm.self)
        let templates = try await ReportTemplateStore.latest(on: req.db)
        var errors: [FieldError] = []
        let source = templates.first { $0.id.description == form.from }
        if source == nil { errors.append(FieldError(field: "from", message: ReportMessages.copyFrom)) }
        let name = form.name.trimmedOrNil
        if name == nil { errors.append(FieldError(field: "name", message: ReportMessages.copyName)) }
        if let name, name.count > 120 { errors.append(FieldError(field: "name", message: Messages.tooLong("Name", max: 120))) }
        if let name, templates.contains(where: { $0.template.name.lowercased() == name.lowercased() }) {
            errors.append(FieldError(field: "name", message: ReportMessages.templateNameTaken(name)))
        }
        guard errors.isEmpty, let source, let name else {
            return try await HTMLResponse(status: .unprocessableEntity, html: ReportSettingsViews.templates(
                ReportTemplates.Model(templates), copyName: form.name, errors: errors, context: req.viewContext)).encodeResponse(for: req)
        }
        var template = source.template
        template.name = name
        let copy = template
        let id = ReportTemplate.ID(req.dependencies.newID())
        let family = req.dependencies.newID()
        let actor = req.actor
        let dependencies = req.dependencies
        try await Audit.changing(touching: [.everything], on: req.db, dependencies: req.dependencies) { change in
            try await ReportTemplateStore.add(copy, id: id, family: family, by: actor.label, at: dependencies.now(), on: change)
            change.audit(actor.record("template.copy", "report-template", id: id.description,
                                      before: source.id.description, after: name))
        }
        return req.redirect(to: .reportTemplate(.value(id)), notice: .templateSaved)
    }

    private static func template(_ req: Request) async throws -> TemplateVersion {
        try await req.authorize(req.reports.settings)
        guard let version = try await ReportTemplateStore.find(req.id(.template), on: req.db) else { throw Abort(.notFound) }
        return version
    }

    @Sendable static func template(req: Request) async throws -> HTMLResponse {
        let version = try await template(req)
        let form = TemplateForm(version.template)
        let history = try await ReportTemplateStore.versions(of: version.familyID, on: req.db)
        return HTMLResponse(html: ReportSettingsViews.templateForm(
            form, model: TemplateEditor.Model(version, history: history, form: form), errors: [],
            context: req.viewContext))
    }

    @Sendable static func saveTemplate(req: Request) async throws -> Response {
        let version = try await template(req)
        let form = try req.form(TemplateForm.self)
        let history = try await ReportTemplateStore.versions(of: version.familyID, on: req.db)
        switch form.validate(base: version.template) {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: ReportSettingsViews.templateForm(
                form, model: TemplateEditor.Model(version, history: history, form: form), errors: errors,
                context: req.viewContext)).encodeResponse(for: req)
        case let .valid(template):
            guard history.first?.id == version.id else {
                return try await HTMLResponse(status: .conflict, html: ReportSettingsViews.templateForm(
                    form, model: TemplateEditor.Model(version, history: history, form: form),
                    errors: [FieldError(field: "name", message: ReportMessages.templateStale)],
                    context: req.viewContext)).encodeResponse(for: req)
            }
            let id = ReportTemplate.ID(req.dependencies.newID())
            let actor = req.actor
            let dependencies = req.dependencies
            try await Audit.changing(touching: [.everything], on: req.db, dependencies: req.dependencies) { change in
                let saved = try await ReportTemplateStore.add(template, id: id, family: version.familyID, by: actor.label,
                                                               at: dependencies.now(), on: change)
                change.audit(actor.record("template.save", "report-template", id: id.description,
                                          before: version.id.description,
                                          after: "\(saved.template.name) version \(saved.template.version)"))
            }
            return req.redirect(to: .reportTemplate(.value(id)), notice: .templateSaved)
        }
    }

    // MARK: Bank holidays

    @Sendable static func bankHolidays(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.reports.settings)
        return HTMLResponse(html: try await bankHolidayPage(req, form: BankHolidayForm(), errors: []))
    }

    private static func bankHolidayPage(_ req: Request, form: BankHolidayForm, errors: [FieldError]) async throws -> String {
        let today = CalendarDate.inLondon(req.dependencies.now())
        let model = BankHolidaySettings.Model(
            try await BankHolidayStore.holidays(on: req.db), changes: try await BankHolidayStore.changes(on: req.db),
            fromYear: today.year - 1)
        return ReportSettingsViews.bankHolidays(model, form: form, errors: errors, context: req.viewContext)
    }

    @Sendable static func changeBankHoliday(req: Request) async throws -> Response {
        try await req.authorize(req.reports.settings)
        let form = try req.form(BankHolidayForm.self)
        let holidays = try await BankHolidayStore.holidays(on: req.db)
        let actor = req.actor
        let dependencies = req.dependencies
        switch form.validate(holidays: holidays) {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: try await bankHolidayPage(req, form: form, errors: errors))
                .encodeResponse(for: req)
        case let .valid(holiday):
            try await Audit.changing(touching: [.everything], on: req.db, dependencies: req.dependencies) { change in
                switch holiday {
                case let .add(date, title):
                    try await BankHolidayStore.record(.added, id: dependencies.newID(), date: date, title: title,
                                                      by: actor.label, at: dependencies.now(), on: change)
                case let .remove(date, title):
                    try await BankHolidayStore.record(.removed, id: dependencies.newID(), date: date, title: title,
                                                      by: actor.label, at: dependencies.now(), on: change)
                case let .undo(date): try await BankHolidayStore.undo(date: date, on: change)
                }
                change.audit(actor.record("bank-holiday.\(holiday.code)", "bank-holiday", id: holiday.date.iso))
            }
            return req.redirect(to: .bankHolidays, notice: .bankHolidaysSaved)
        }
    }
}
