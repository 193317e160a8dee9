import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Every list as an Excel workbook (`.xlsx`), with the same rights as its page: the action log
/// leaves out Part II actions for those who may not see them, the audit trail is for administrators.
enum SpreadsheetController {
    @Sendable static func actions(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
        let model = try await req.planPage(in: try await req.council())
        return try download(SpreadsheetExports.actions(model), name: "plan-actions", req)
    }

    @Sendable static func exceptions(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
        let model = try await req.planPage(in: try await req.council())
        return try download(SpreadsheetExports.exceptions(model), name: "plan-exceptions", req)
    }

    @Sendable static func coverage(req: Request) async throws -> Response {
        try await req.authorize(req.plans.read)
        let model = try await req.planPage(in: try await req.council())
        return try download(SpreadsheetExports.coverage(model), name: "plan-coverage", req)
    }

    @Sendable static func scorecard(req: Request) async throws -> Response {
        try await req.authorize(req.scorecard.read)
        let council = try await req.council()
        return try download(SpreadsheetExports.scorecard(try await ScorecardController.models(council, on: req.db)),
                            name: "scorecard", req)
    }

    @Sendable static func risks(req: Request) async throws -> Response {
        try await req.authorize(req.risks.read)
        let council = try await req.council()
        return try download(SpreadsheetExports.risks(try await req.riskRegister(in: council)), name: "risk-register", req)
    }

    @Sendable static func boardActions(req: Request) async throws -> Response {
        try await req.authorize(req.meetings.read)
        let council = try await req.council()
        let (actions, bodies) = try await BoardActionController.logEntries(req, in: council)
        return try download(SpreadsheetExports.boardActions(actions.sorted { $0.reference < $1.reference }, bodies: bodies,
                                                            people: try await req.peopleByID(in: council),
                                                            today: .inLondon(req.dependencies.now())),
                            name: "action-log", req)
    }

    /// The audit trail as filtered on its page, newest first, up to `auditLimit` entries.
    static let auditLimit = 100_000

    @Sendable static func audit(req: Request) async throws -> Response {
        try await req.authorize(req.operations.audit)
        let (entries, _) = try await AuditStore.list(AuditController.filter(req), limit: auditLimit, offset: 0, on: req.db)
        return try download(SpreadsheetExports.audit(entries), name: "audit-trail", req)
    }

    static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static func download(_ spreadsheet: Spreadsheet, name: String, _ req: Request) throws -> Response {
        .download(try XlsxWriter.write(spreadsheet), type: contentType,
                  fileName: "\(name)-\(CalendarDate.inLondon(req.dependencies.now()).iso).xlsx")
    }
}
