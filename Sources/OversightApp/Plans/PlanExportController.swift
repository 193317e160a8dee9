import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Spreadsheet exports of a plan's actions and exceptions.
enum PlanExportController {
    @Sendable static func actions(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
        let council = try await req.council()
        let model = try await req.planPage(in: council)
        return csv(rows(model.record.actions, model), name: "plan-actions", req)
    }

    @Sendable static func exceptions(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
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
        try await req.authorize(req.plans.read)
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
