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
        _ = try await req.require(.editReports)
        let (model, _) = try await req.reportPage(withDocument: false)
        if model.report.isExempt && req.viewer?.can(.viewPartII) != true { throw try await req.refuse(.viewPartII) }
        return model
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let model = try await draft(req)
        guard model.report.status.isEditable else {
            return req.redirect(to: SiteURL.report(.value(model.council.id), .value(model.report.id)).path)
        }
        return try await HTMLResponse(html: AppendixViews.form(
            AppendixForm(), model: model, choices: try await choices(model.council, on: req.db), errors: [],
            context: req.viewContext)).encodeResponse(for: req)
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let model = try await draft(req)
        let form = try req.form(AppendixForm.self)
        let choices = try await choices(model.council, on: req.db)
        let render = { (status: HTTPStatus, errors: [FieldError]) in
            try await HTMLResponse(status: status, html: AppendixViews.form(
                form, model: model, choices: choices, errors: errors, context: req.viewContext)).encodeResponse(for: req)
        }
        guard model.report.status.isEditable else {
            return try await render(.conflict, [FieldError(field: "source", message:
                "This report is \(model.report.status.label.lowercased()): appendices are added while it is a draft")])
        }
        switch form.validate(plans: choices.plans.map(\.id), periods: choices.periods.map { ($0.plan.id, $0.period.id) },
                             assessments: choices.assessments) {
        case let .invalid(errors): return try await render(.unprocessableEntity, errors)
        case let .valid(valid):
            try await AddAppendix(dependencies: req.dependencies)(
                to: model.report, title: valid.title, source: valid.source, bytes: valid.bytes, by: req.actor, on: req.db)
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
                page, access: access, errors: [FieldError(field: "workflow", message:
                    "Appendices can only be removed while the report is a draft")], context: req.viewContext))
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
        return .download(data, type: kind.contentType, fileName: fileName)
    }
}

/// An appendix: what it is made from, and its title.
struct AppendixForm: Content {
    var title: String?
    var source: String?
    var plan: String?
    var period: String?
    var through: String?
    var assessment: String?
    var file: File?

    init() {}

    struct Valid {
        var title: String
        var source: AppendixSource
        var bytes: [UInt8]?
    }

    func validate(plans: [Plan.ID], periods: [(Plan.ID, UpdatePeriod.ID)], assessments: [SelfAssessment] = []) -> Validated<Valid> {
        var check = Validator()
        var sourceValue: AppendixSource?
        var bytes: [UInt8]?
        var defaultTitle = ""
        switch source {
        case "upload":
            if let file, !file.filename.isEmpty {
                let data = Array(file.data.readableBytesView)
                switch EvidenceRules.check(fileName: file.filename, bytes: data) {
                case let .success(kind):
                    let name = EvidenceRules.displayName(file.filename)
                    sourceValue = .uploaded(fileName: name, kind: kind, size: data.count)
                    bytes = data
                    defaultTitle = name
                case let .failure(problem): check.fail("file", problem.message)
                }
            } else {
                check.fail("file", "Choose the file to attach")
            }
        case let code?:
            if code == GeneratedAppendix.Kind.selfAssessment.rawValue {
                if let chosen = assessment.flatMap({ SelfAssessment.ID($0) }).flatMap({ id in assessments.first { $0.id == id } }) {
                    defaultTitle = chosen.title
                    sourceValue = .generated(.selfAssessment(chosen.id))
                } else {
                    check.fail("assessment", "Select the self-assessment the appendix is")
                }
            } else if code == GeneratedAppendix.Kind.risks.rawValue {
                defaultTitle = GeneratedAppendix.Kind.risks.label
                sourceValue = .generated(.risks)
            } else if code == GeneratedAppendix.Kind.scorecard.rawValue {
                defaultTitle = GeneratedAppendix.Kind.scorecard.label
                if case let .month(year, month)? = through.trimmedOrNil.flatMap({ ReportingPeriod($0) }) {
                    sourceValue = .generated(.scorecard(through: .month(year: year, month: month)))
                } else {
                    check.fail("through", "Enter the month the scorecard's figures run to, like 2017-09")
                }
            } else if let kind = GeneratedAppendix.Kind(rawValue: code) {
                let planID = plan.flatMap { Plan.ID($0) }.flatMap { id in plans.contains(id) ? id : nil }
                if planID == nil { check.fail("plan", "Select the plan the appendix is made from") }
                defaultTitle = kind.label
                switch kind {
                case .plan: sourceValue = planID.map { .generated(.plan($0)) }
                case .exceptions: sourceValue = planID.map { .generated(.exceptions($0)) }
                case .coverage: sourceValue = planID.map { .generated(.coverage($0)) }
                case .scorecard, .risks, .selfAssessment: break
                case .progress:
                    let periodID = period.flatMap { UpdatePeriod.ID($0) }
                    if let planID, let periodID, periods.contains(where: { $0.0 == planID && $0.1 == periodID }) {
                        sourceValue = .generated(.progress(planID, period: periodID))
                    } else if planID != nil {
                        check.fail("period", "Select a month of the chosen plan")
                    }
                }
            } else {
                check.fail("source", "Select what the appendix is")
            }
        case nil: check.fail("source", "Select what the appendix is")
        }
        let title = check.optional("title", title, max: 200, label: "Title") ?? defaultTitle
        return check.result { sourceValue.map { Valid(title: title, source: $0, bytes: bytes) } }
    }
}
