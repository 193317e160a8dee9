import Foundation
import OversightDomain
import OversightStore
import Vapor

/// The monthly update cycle: periods, updates and their review.
enum UpdateController {
    struct PeriodForm: Content {
        var monthMonth: String?
        var monthYear: String?
        var deadlineDay: String?
        var deadlineMonth: String?
        var deadlineYear: String?

        enum CodingKeys: String, CodingKey {
            case monthMonth = "month-month", monthYear = "month-year"
            case deadlineDay = "deadline-day", deadlineMonth = "deadline-month", deadlineYear = "deadline-year"
        }
    }

    struct ReviewForm: Content {
        var decision: String?
    }

    @Sendable static func openPeriod(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let form = try req.form(PeriodForm.self)
        var check = Validator()
        let month = check.date("month", DateParts(day: "1", month: form.monthMonth, year: form.monthYear),
                               label: "Month", required: true)
        let deadline = check.date("deadline", DateParts(day: form.deadlineDay, month: form.deadlineMonth,
                                                        year: form.deadlineYear), label: "Deadline", required: true)
        if let month, let deadline, deadline < month {
            check.fail("deadline", anchor: "deadline-day", UpdateMessages.deadlineBeforeMonth)
        }
        if model.openPeriod != nil {
            check.fail("month", anchor: "month-month", UpdateMessages.periodStillOpen)
        }
        if let month, model.periods.contains(where: { $0.month == month }) {
            check.fail("month", anchor: "month-month", UpdateMessages.periodExists(month))
        }
        guard case let .valid((month, deadline)) = check.result({ month.flatMap { m in deadline.map { (m, $0) } } }) else {
            return try await HTMLResponse(status: .unprocessableEntity, html: PlanViews.overview(
                PlanOverview.Model(model), council: council.context, errors: check.errors, context: req.viewContext)).encodeResponse(for: req)
        }
        let id = try await OpenPeriod(dependencies: req.dependencies)(
            plan: model.record.plan.id, month: month, deadline: deadline, by: req.actor, on: req.db)
        return req.redirect(to: .period(.value(council.id), .value(model.record.plan.id), .value(id)), notice: .periodOpened)
    }

    @Sendable static func period(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let id: UpdatePeriod.ID = try req.id(.period)
        let model = try await req.planPage(in: council, updates: .period(id))
        guard let period = model.periods.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        let page = try req.pageNumber()
        return HTMLResponse(html: UpdateViews.period(PeriodUpdates.Model(period, model: model, page: page),
                                                     council: council.context, context: req.viewContext))
    }

    @Sendable static func new(req: Request) async throws -> HTMLResponse {
        let corrects = (try? req.query.get(String.self, at: "corrects")).trimmedOrNil
        let (council, model, action, period, original) = try await submission(req, correcting: corrects)
        var form = UpdateForm()
        if let original {
            // A correction starts from what it corrects, so only the mistake needs changing.
            form.corrects = original.id.description
            form.rating = original.rating.rawValue
            form.narrative = original.narrative
            form.evidence = original.evidenceLinks.joined(separator: "\n")
        }
        return HTMLResponse(html: UpdateViews.form(form, action: action, period: period, model: model,
                                                   council: council.context, errors: [], correcting: original,
                                                   context: req.viewContext))
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        var form = try req.form(UpdateForm.self)
        let (council, model, action, period, original) = try await submission(req, correcting: form.corrects.trimmedOrNil)
        form.corrects = original?.id.description
        let (uploads, uploadErrors) = form.uploads()
        let validated = form.validate()
        let fieldErrors: [FieldError] = if case let .invalid(errors) = validated { errors } else { [] }
        switch validated {
        case let .valid(draft) where uploadErrors.isEmpty:
            do {
                _ = try await SubmitUpdate(dependencies: req.dependencies)(
                    draft, files: uploads, for: action, plan: model.record.plan.id, period: period, by: req.actor,
                    on: req.db)
            } catch UpdateError.periodClosed {
                // The period closed between loading the form and saving it: keep the text, say why.
                return try await HTMLResponse(status: .unprocessableEntity, html: UpdateViews.form(
                    form, action: action, period: period, model: model, council: council.context,
                    errors: [FieldError(field: "rating", message: UpdateMessages.periodClosed(period))],
                    correcting: original, context: req.viewContext)).encodeResponse(for: req)
            }
            return req.redirect(to: .action(.value(council.id), .value(model.record.plan.id), .value(action.id)),
                                notice: .updateSubmitted)
        default:
            return try await HTMLResponse(status: .unprocessableEntity, html: UpdateViews.form(
                form, action: action, period: period, model: model, council: council.context,
                errors: fieldErrors + uploadErrors, correcting: original, context: req.viewContext)).encodeResponse(for: req)
        }
    }

    /// An evidence file, downloaded by anyone who may read the programme. It is always sent as an
    /// attachment with its checked type, never shown inline, so it cannot run in Oversight's pages.
    @Sendable static func evidence(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let planID: Plan.ID = try req.id(.plan)
        guard try await PlanStore.council(of: planID, on: req.db) == council.id,
              let (file, data) = try await EvidenceStore.download(try req.id(.file), in: planID, on: req.db) else {
            throw Abort(.notFound)
        }
        return .download(data, type: file.kind.contentType, fileName: file.fileName)
    }

    @Sendable static func review(req: Request) async throws -> Response {
        try await req.authorize(req.plans.edit)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let id: ActionUpdate.ID = try req.id(.update)
        guard let update = try await UpdateStore.find(id, in: model.record.plan.id, on: req.db) else {
            throw Abort(.notFound)
        }
        let decision = try req.form(ReviewForm.self).decision
        let comment = (try? req.content.get(String.self, at: "comment-\(id)")).trimmedOrNil
        guard decision == "accept" || decision == "return" else {
            throw Abort(.badRequest, reason: UpdateMessages.reviewDecision)
        }
        if decision == "return", comment == nil {
            throw Abort(.unprocessableEntity, reason: UpdateMessages.returnReason)
        }
        do {
            try await ReviewUpdate(dependencies: req.dependencies)(id, accept: decision == "accept", comment: comment,
                                                                  by: req.actor, on: req.db)
        } catch UpdateError.alreadyReviewed {
            throw Abort(.conflict, reason: UpdateMessages.alreadyReviewed)
        }
        return req.redirect(to: .period(.value(council.id), .value(model.record.plan.id), .value(update.periodID)),
                            notice: decision == "accept" ? .updateAccepted : .updateReturned)
    }

    /// A lead officer's actions across every plan, with what is due from them this month.
    @Sendable static func myActions(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.plans.read)
        let viewer = try req.signedIn()
        var sections: [MyActions.Model.Section] = []
        if let person = viewer.user.personID {
            for planID in try await PlanStore.plans(ledBy: person, on: req.db) {
                guard let councilID = try await PlanStore.council(of: planID, on: req.db),
                      let council = try await CouncilStore.find(councilID, on: req.db) else { continue }
                let model = try await req.apiPlanPage(planID)
                sections.append(MyActions.Model.Section(model, council: council.context,
                                                        actions: model.record.actions.filter { $0.leadID == person }))
            }
        }
        return HTMLResponse(html: UpdateViews.myActions(MyActions.Model(sections: sections), context: req.viewContext))
    }

    /// The action and the open period, if the viewer may write its update: its lead, or a
    /// programme manager. Anyone else is refused, and the refusal audited.
    /// For a correction (`correcting` names an accepted update of this action), the period is the
    /// corrected update's, open or closed: a correction fixes that month's report.
    private static func submission(_ req: Request, correcting: String? = nil) async throws
        -> (Council, PlanPageModel, PlanAction, UpdatePeriod, ActionUpdate?) {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let id: PlanAction.ID = try req.id(.action)
        guard let action = model.record.actions.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        try await req.authorize(req.plans.writeUpdate(for: action, in: model.record.plan))
        if let correcting {
            guard let id = ActionUpdate.ID(correcting),
                  let original = try await UpdateStore.find(id, in: model.record.plan.id, on: req.db),
                  original.actionID == action.id else { throw Abort(.notFound) }
            guard original.state == .accepted else {
                throw Abort(.unprocessableEntity, reason: UpdateMessages.correctsAccepted)
            }
            guard let period = model.periods.first(where: { $0.id == original.periodID }) else { throw Abort(.notFound) }
            return (council, model, action, period, original)
        }
        guard let period = model.openPeriod else {
            throw Abort(.unprocessableEntity, reason: UpdateMessages.noOpenPeriod)
        }
        return (council, model, action, period, nil)
    }
}
