import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Bringing in a plan in the browser: upload a tracker, choose the sheet, say which column holds
/// what (the guess filled in), settle unknown leads and ratings, see the preview with every
/// problem, then confirm. Only the confirmation writes, all at once; until then the file waits,
/// visible only to the person who uploaded it.
enum PlanImportController {
    struct UploadForm: Content {
        var file: File?
        var sample: String?
    }

    @Sendable static func form(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        return HTMLResponse(html: PlanImportViews.upload(council: council.context, errors: [], context: req.viewContext))
    }

    @Sendable static func sample(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        _ = try await req.council()
        return .download(Data(SampleTracker.bytes), type: SpreadsheetController.contentType, fileName: SampleTracker.fileName)
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        let viewer = try req.signedIn()
        let council = try await req.council()
        let form = try req.form(UploadForm.self)
        func refuse(_ message: String) async throws -> Response {
            try await HTMLResponse(status: .unprocessableEntity, html: PlanImportViews.upload(
                council: council.context, errors: [FieldError(field: "file", message: message)],
                context: req.viewContext)).encodeResponse(for: req)
        }
        let upload: HeldUpload
        if form.sample == "yes" {
            upload = HeldUpload(fileName: SampleTracker.fileName, bytes: SampleTracker.bytes)
        } else {
            guard let file = form.file, let chosen = HeldUpload(file) else {
                return try await refuse(PlanMessages.importFile)
            }
            guard chosen.bytes.count <= OversightAdmin.maxPlanFileBytes else {
                return try await refuse(PlanMessages.importTooLarge(file.filename))
            }
            upload = chosen
        }
        let fileName = upload.fileName
        let sheets: [PlanImportSource.Sheet]
        do {
            sheets = try PlanImportSource.sheets(Data(upload.bytes), fileName: fileName)
        } catch let problem as WorkbookProblem {
            return try await refuse(PlanMessages.importUnreadable(fileName, problem.description))
        } catch let OversightAdmin.Problem.message(message) {
            return try await refuse(PlanMessages.importUnreadable(fileName, message))
        }
        guard sheets.contains(where: { !$0.isHidden && !$0.rows.isEmpty }) else {
            return try await refuse(PlanMessages.importEmpty(fileName))
        }
        let id = try await upload.hold(in: council.id, for: viewer.user.id, on: req)
        return req.redirect(to: SiteURL.importPlanFile(.value(council.id), .value(id)).path, redirectType: .normal)
    }

    /// Everything a step needs: the waiting file, its sheets, the council's people.
    struct Pending {
        var id: UUID
        var council: Council
        var fileName: String
        var sheets: [PlanImportSource.Sheet]
        var people: [Person]
    }

    private static func pending(_ req: Request) async throws -> Pending {
        try await req.authorize(req.plans.edit)
        let viewer = try req.signedIn()
        let council = try await req.council()
        guard let raw = req.parameters.get(SiteURL.Key.file.rawValue), let id = UUID(uuidString: raw),
              let file = try await PendingImportStore.find(id, council: council.id, user: viewer.user.id, on: req.db),
              let sheets = try? PlanImportSource.sheets(Data(file.bytes), fileName: file.fileName) else {
            throw Abort(.notFound, reason: PlanMessages.importGone)
        }
        return Pending(id: id, council: council, fileName: file.fileName, sheets: sheets,
                       people: try await PersonStore.all(in: council.id, on: req.db))
    }

    /// The step the choices in the address have reached: the sheet, the columns, or the preview.
    @Sendable static func review(req: Request) async throws -> Response {
        let pending = try await pending(req)
        let choices = PlanImportChoices(formFields(req.url.query))
        return try await step(pending, choices: choices, errors: [], req: req).encodeResponse(for: req)
    }

    private static func step(_ pending: Pending, choices: PlanImportChoices, errors: [FieldError],
                             req: Request) async throws -> HTMLResponse {
        let visible = pending.sheets.filter { !$0.isHidden && !$0.rows.isEmpty }
        let page = PlanImportViews.Context(council: pending.council.context, pending: pending.id, fileName: pending.fileName,
                                           context: req.viewContext)
        guard let sheet = choices.sheet.map({ name in visible.first { $0.name == name } }) ?? (visible.count == 1 ? visible.first : nil) else {
            // A choice was made (or the form sent without one) when the address has a sheet or the step.
            let chose = choices.sheet != nil || choices.step == "sheet"
            return HTMLResponse(status: chose ? .unprocessableEntity : .ok, html: PlanImportViews.sheets(
                page, model: PlanImportSheets.Model(pending.sheets),
                errors: chose ? [FieldError(field: "sheet", message: PlanMessages.importSheet)] : []))
        }
        var choices = choices
        choices.sheet = sheet.name
        if choices.columns == nil {
            let guessed = PlanImportChoices.guessed(PlanImport.guess(sheet.rows), sheet: sheet.name)
            choices.headerRow = choices.headerRow ?? guessed.headerRow ?? "1"
            choices.columns = guessed.columns ?? [:]
        }
        let columnCount = sheet.rows.reduce(0) { max($0, $1.cells.count) }
        let lastRow = sheet.rows.last?.number ?? 1
        func columnsPage(_ errors: [FieldError]) -> String {
            PlanImportViews.columns(page, model: PlanImportColumns.Model(sheet: sheet, choices: choices, columnCount: columnCount,
                                                                          canChangeSheet: visible.count > 1),
                                    errors: errors)
        }
        switch choices.mapping(columnCount: columnCount, lastRow: lastRow, people: pending.people,
                               council: pending.council.id, newID: req.dependencies.newID) {
        case let .invalid(mappingErrors) where choices.step == "preview":
            return HTMLResponse(status: .unprocessableEntity, html: columnsPage(mappingErrors))
        case .invalid:
            return HTMLResponse(html: columnsPage([]))
        case let .valid((mapping, newPeople)):
            guard choices.step == "preview" else {
                return HTMLResponse(html: columnsPage([]))
            }
            let preview = PlanImport.preview(sheet.rows, sheet: sheet.name, mapping: mapping, people: pending.people + newPeople)
            // Without the user's choices, to offer a choice for every lead and rating that needs one.
            var unsettled = mapping
            unsettled.people = [:]
            unsettled.ratings = [:]
            let asWritten = PlanImport.preview(sheet.rows, sheet: sheet.name, mapping: unsettled, people: pending.people)
            let today = CalendarDate.inLondon(req.dependencies.now())
            if choices.title == nil { choices.title = PlanImportChoices.title(fromFileName: pending.fileName) }
            if choices.ratingsMonth == nil {
                choices.ratingsMonth = String(ImportPlan.defaultRatingsMonth(today: today).iso.prefix(7))
            }
            return HTMLResponse(status: errors.isEmpty ? .ok : .unprocessableEntity, html: PlanImportViews.preview(
                page, model: PlanImportPreview.Model(
                    sheet: sheet.name, preview: preview, unknownPeople: asWritten.unknownPeople,
                    unsettledRatings: asWritten.unsettledRatings, choices: choices, people: pending.people + newPeople,
                    canAddPeople: req.people.manage.isAllowed, today: today),
                errors: errors))
        }
    }

    /// The confirmation: everything is checked again from the file, then the plan is created.
    @Sendable static func create(req: Request) async throws -> Response {
        let pending = try await pending(req)
        let choices = PlanImportChoices(formFields(req.body.string))
        let today = CalendarDate.inLondon(req.dependencies.now())
        guard let sheet = pending.sheets.first(where: { $0.name == choices.sheet && !$0.isHidden }) else {
            return try await step(pending, choices: choices, errors: [], req: req).encodeResponse(for: req)
        }
        let columnCount = sheet.rows.reduce(0) { max($0, $1.cells.count) }
        guard case let .valid((mapping, newPeople)) = choices.mapping(
            columnCount: columnCount, lastRow: sheet.rows.last?.number ?? 1, people: pending.people,
            council: pending.council.id, newID: req.dependencies.newID) else {
            return try await step(pending, choices: choices, errors: [], req: req).encodeResponse(for: req)
        }
        if newPeople.count > 0 { try await req.authorize(req.people.manage) }
        let preview = PlanImport.preview(sheet.rows, sheet: sheet.name, mapping: mapping, people: pending.people + newPeople)
        var errors: [FieldError] = []
        if !preview.isReady {
            errors.append(FieldError(field: "problems", message: PlanMessages.importProblems(preview.problems.count)))
        }
        let creation = choices.creation(today: today)
        if case let .invalid(invalid) = creation { errors += invalid }
        guard errors.isEmpty, case let .valid((title, month)) = creation else {
            return try await step(pending, choices: choices, errors: errors, req: req).encodeResponse(for: req)
        }
        // Only the people some action leads are added: a choice for a lead no longer in the file adds nobody.
        let leads = Set(preview.priorities.flatMap { $0.actions.compactMap { $0.lead } })
        let id = try await ImportPlan(dependencies: req.dependencies)(
            preview, title: title, source: pending.fileName, newPeople: newPeople.filter { leads.contains($0.id) },
            ratingsMonth: month, in: pending.council.id, by: req.actor,
            claim: PendingImportStore.claim(pending.id, council: pending.council.id, user: try req.signedIn().user.id), on: req.db)
        return req.redirect(to: .plan(.value(pending.council.id), .value(id)), notice: .planImported)
    }
}
