import OversightDomain
import OversightStore
import Vapor

/// The decisions register, for anyone: a visitor reads the decisions of meetings whose agendas are
/// published; Part II decisions open only to people with Part II access.
enum DecisionRegisterController {
    @Sendable static func page(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let model = try await DecisionRegister.model(council: council, query: try query(req), staff: req.meetings.staff,
                                                     partTwo: req.partTwo.sees, on: req.db)
        return HTMLResponse(html: DecisionRegisterViews.page(model, context: req.viewContext))
    }

    /// `q`, `body`, `year` and `page`, each checked where it is read: a 400 names what is wrong.
    static func query(_ req: Request) throws -> DecisionRegister.Query {
        try DecisionRegister.Query(words: req.queryWords(), body: req.queryBody(), year: req.queryYear(), page: req.pageNumber())
    }

    /// The register in the API: the same decisions, the same rule for Part II, paged as every list is.
    @Sendable static func api(req: Request) async throws -> Response {
        let council = try await req.council()
        // The page's filter form sends an empty choice for "all"; a program that sends one asks
        // for nothing valid, as the description says.
        for name in ["body", "year"] where req.query[String.self, at: name] == "" {
            throw QueryParameter.refusal(name, name == "body" ? "the id of one of the council's boards and committees"
                                                                : "a year from \(CalendarDate.acceptedYears.lowerBound) to \(CalendarDate.acceptedYears.upperBound)", "")
        }
        let (rows, _, _) = try await DecisionRegister.rows(council: council, query: try query(req), staff: req.meetings.staff,
                                                           partTwo: req.partTwo.sees, on: req.db)
        return try APIController.paged(rows.map(DecisionRecordDTO.init), req)
    }
}
