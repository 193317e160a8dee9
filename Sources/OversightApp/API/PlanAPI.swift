import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

struct PlanDTO: Codable, Equatable, Sendable {
    var id: String
    var councilId: String
    var title: String
    var kind: CodeAndLabel
    var status: CodeAndLabel
    var inspectionId: String?
    var startDate: String
    var endDate: String?
    var predecessorId: String?
    var alsoAnswersInspectionIds: [String]
    var priorities: [PriorityDTO]?

    init(_ plan: Plan, priorities: [PriorityDTO]? = nil) {
        id = plan.id.description
        councilId = plan.councilID.description
        title = plan.title
        kind = CodeAndLabel(plan.kind)
        status = CodeAndLabel(plan.status)
        inspectionId = plan.inspectionID?.description
        startDate = plan.startDate.iso
        endDate = plan.endDate?.iso
        predecessorId = plan.predecessorID?.description
        alsoAnswersInspectionIds = plan.alsoAnswers.map(\.description)
        self.priorities = priorities
    }
}

struct PriorityDTO: Codable, Equatable, Sendable {
    var id: String
    var number: Int
    var title: String
    var outcome: String?
    var actions: [ActionDTO]
}

struct ActionDTO: Codable, Equatable, Sendable {
    var id: String
    var planId: String
    var reference: String
    var what: String
    var lead: String?
    var dueDate: String
    var revisedDueDate: String?
    var revisionCount: Int
    var status: CodeAndLabel
    var latestRating: CodeAndLabel?
    var exceptions: [String]
    var recommendationIds: [String]
    var withdrawalReason: String?
    var carriedFromId: String?

    init(_ action: PlanAction, model: PlanPageModel) {
        id = action.id.description
        planId = model.record.plan.id.description
        reference = action.reference
        what = action.what
        lead = model.name(action.leadID)
        dueDate = action.dueDate.iso
        revisedDueDate = action.revisedDueDate?.iso
        revisionCount = action.revisionCount
        status = CodeAndLabel(action.status)
        latestRating = model.latestRating(action.id).map(CodeAndLabel.init)
        exceptions = model.exceptions(action).map(\.rawValue)
        recommendationIds = action.recommendationIDs.map(\.description)
        withdrawalReason = action.withdrawalReason
        carriedFromId = action.carriedFromID?.description
    }
}

extension Request {
    /// A plan by id for the API, loaded within its own council.
    func apiPlanPage(_ id: Plan.ID) async throws -> PlanPageModel {
        guard let councilID = try await PlanStore.council(of: id, on: db),
              let council = try await CouncilStore.find(councilID, on: db) else { throw Abort(.notFound) }
        parameters.set(SiteURL.Key.plan.rawValue, to: id.description)
        return try await planPage(in: council)
    }
}

/// `/api/v1/plans`, `/api/v1/plans/{id}` and `/api/v1/actions?plan=&rating=&status=`.
enum PlanAPIController {
    @Sendable static func plans(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        return try APIController.paged(try await PlanStore.allPlans(on: req.db).map { PlanDTO($0) }, req)
    }

    @Sendable static func plan(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        let model = try await req.apiPlanPage(try req.id(.plan))
        let priorities = model.record.priorities.map { priority in
            PriorityDTO(id: priority.id.description, number: priority.number, title: priority.title,
                        outcome: priority.outcome,
                        actions: model.record.actions(in: priority.id).map { ActionDTO($0, model: model) })
        }
        return try APIController.json(PlanDTO(model.record.plan, priorities: priorities), req)
    }

    @Sendable static func actions(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        guard let planText = req.query[String.self, at: "plan"], let planID = Plan.ID(planText) else {
            throw Abort(.badRequest, reason: "plan must be the id of a plan, as /api/v1/plans lists them")
        }
        let rating = try filter(req, "rating", Rating.self)
        let status = try filter(req, "status", ActionStatus.self)
        let model = try await req.apiPlanPage(planID)
        let actions = model.record.actions.filter { action in
            (rating == nil || model.latestRating(action.id) == rating) && (status == nil || action.status == status)
        }
        return try APIController.paged(actions.map { ActionDTO($0, model: model) }, req)
    }

    private static func filter<T: Labelled>(_ req: Request, _ name: String, _: T.Type) throws -> T? {
        guard let text = req.query[String.self, at: name] else { return nil }
        guard let value = T(rawValue: text) else {
            throw Abort(.badRequest, reason: "\(name) must be one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }
}

/// Spreadsheet exports of a plan's actions and exceptions.
enum PlanExportController {
    @Sendable static func actions(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return csv(rows(model.record.actions, model), name: "plan-actions", req)
    }

    @Sendable static func exceptions(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return csv(rows(model.record.actions.filter { !model.exceptions($0).isEmpty }, model), name: "plan-exceptions", req)
    }

    static let header = ["Reference", "Action", "Lead officer", "Due date", "Revised due date", "Revisions",
                         "Status", "Latest rating", "Exceptions"]

    static func rows(_ actions: [PlanAction], _ model: PlanPageModel) -> [[String]] {
        actions.map { action in
            [action.reference, action.what, model.name(action.leadID) ?? "", action.dueDate.iso,
             action.revisedDueDate?.iso ?? "", String(action.revisionCount), action.status.label,
             model.latestRating(action.id)?.word ?? "", model.exceptions(action).map(\.label).joined(separator: "; ")]
        }
    }

    /// The leads who still owe an update for the open period, one row per action, to send reminders.
    @Sendable static func reminders(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        let header = ["Period", "Deadline", "Reference", "Action", "Lead officer", "Lead email"]
        guard let period = model.openPeriod else { return csv([], header: header, name: "update-reminders", req) }
        let missing = model.record.actions.filter { !$0.isFinished && !model.hasUpdate($0.id, in: period.id) }
        let rows = missing.map { action in
            [period.label, period.deadline.iso, action.reference, action.what, model.name(action.leadID) ?? "",
             action.leadID.flatMap { model.people[$0]?.email } ?? ""]
        }
        return csv(rows, header: header, name: "update-reminders", req)
    }

    static func csv(_ rows: [[String]], header: [String] = header, name: String, _ req: Request) -> Response {
        .download(CSVWriter.write(header: header, rows: rows), type: "text/csv; charset=utf-8",
                  fileName: "\(name)-\(CalendarDate.inLondon(req.dependencies.now()).iso).csv")
    }
}
