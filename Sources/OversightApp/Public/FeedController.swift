import OversightDomain
import Vapor

/// The Atom feeds of a council and of each of its committees (`PublicFeed`).
enum FeedController {
    @Sendable static func council(req: Request) async throws -> Response {
        let council = try await req.council()
        return respond(try await PublicFeed(council: council, baseURL: req.baseURL).feed(on: req.db))
    }

    @Sendable static func body(req: Request) async throws -> Response {
        let council = try await req.council()
        let body = try await req.body(in: council)
        return respond(try await PublicFeed(council: council, baseURL: req.baseURL).feed(body: body, on: req.db))
    }

    static func respond(_ feed: AtomFeed) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/atom+xml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: feed.render()))
    }
}
