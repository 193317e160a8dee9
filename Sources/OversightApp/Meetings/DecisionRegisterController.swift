import OversightDomain
import OversightStore
import Vapor

/// The decisions register, for anyone: a visitor reads the decisions of meetings whose agendas are
/// published; Part II decisions open only to people with Part II access.
enum DecisionRegisterController {
    @Sendable static func page(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let query = try DecisionRegister.Query(
            words: try req.queryText("q").map { text in
                guard text.count <= 200 else { throw QueryParameter.refusal("q", "200 characters or fewer", text) }
                return text.trimmingWhitespace.isEmpty ? nil : text.trimmingWhitespace
            } ?? nil,
            body: req.queryText("body").map { text in
                guard let id = GoverningBody.ID(text) else {
                    throw QueryParameter.refusal("body", "one of the council's boards and committees", text)
                }
                return id
            },
            year: req.queryText("year").map { _ in try req.queryInt("year", in: CalendarDate.acceptedYears, default: 0) },
            page: req.pageNumber())
        let model = try await DecisionRegister.model(council: council, query: query, staff: req.meetings.staff,
                                                     partTwo: req.partTwo.sees, on: req.db)
        return HTMLResponse(html: DecisionRegisterViews.page(model, context: req.viewContext))
    }
}
