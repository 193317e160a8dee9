import OversightDomain
import OversightStore
import Vapor

/// Search, for anyone: a visitor finds what is published; staff also the programme's records, and
/// Part II material only with Part II access.
enum SearchController {
    @Sendable static func page(req: Request) async throws -> HTMLResponse {
        let council = try await req.council()
        let reader: SearchAudience = req.partTwo.sees && req.meetings.staff ? .partTwo : req.meetings.staff ? .staff : .everyone
        let model = try await Search.model(council: council, query: try query(req, reader: reader), reader: reader,
                                           today: .inLondon(req.dependencies.now()), on: req.db)
        return HTMLResponse(html: SearchViews.page(model, context: req.viewContext))
    }

    /// `q`, `body`, `year`, `type` and `page`, each checked where it is read: a 400 names what is wrong.
    /// An empty choice is the form's "any".
    static func query(_ req: Request, reader: SearchAudience) throws -> Search.Query {
        Search.Query(
            text: try req.queryWords(), body: try req.queryBody(), year: try req.queryYear(),
            kind: try req.queryChoice("type").map { text in
                guard let kind = SearchIndexer.Kind(rawValue: text), reader >= .staff || kind.isPublic else {
                    throw QueryParameter.refusal("type", "one of the kinds listed", text)
                }
                return kind
            },
            page: try req.pageNumber())
    }
}
