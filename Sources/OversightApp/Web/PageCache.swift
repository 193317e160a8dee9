import Metrics
import OversightDomain
import Vapor

/// Rendered pages kept until anything changes (see `GenerationalCache`), so that the pages people
/// open most (the dashboard, a plan, its exceptions, the scorecard, the register, the API lists)
/// cost one index seek rather than a dozen queries and a render of hundreds of actions. A page is
/// kept per session (it carries the session's CSRF token and what that person may see) and per
/// London day (actions go overdue at midnight). Only complete 200 answers without cookies are kept.
enum PageCache {
    struct Key: Hashable, Sendable {
        var uri: String
        var viewer: String
        var day: String
    }

    struct Entry: Sendable {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: ByteBuffer
    }

    /// 32 MB of pages: a few hundred people's worth of the busiest pages at `--scale 10`.
    static func make(budget: Int = 32 * 1024 * 1024) -> GenerationalCache<Key, Entry> {
        GenerationalCache(budget: budget) { $0.body.readableBytes + 512 }
    }
}

/// Serves a route's pages from the page cache when nothing has changed since they were made.
struct PageCacheMiddleware: AsyncMiddleware {
    static let hits = Counter(label: "oversight_page_cache_hits_total")
    static let misses = Counter(label: "oversight_page_cache_misses_total")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // A notice banner shows once, so a page carrying one is never kept or served from the cache.
        guard request.method == .GET, let viewer = request.viewer, request.storage[NoticeKey.self] == nil else {
            return try await next.respond(to: request)
        }
        let cache = request.application.oversight.pageCache
        let generation = try await request.auditHead()
        let key = PageCache.Key(uri: request.url.string,
                                viewer: viewer.sessionID.map { "session \($0)" } ?? "user \(viewer.user.id)",
                                day: CalendarDate.inLondon(request.dependencies.now()).iso)
        if let entry = cache.value(key, generation: generation) {
            Self.hits.increment()
            return Response(status: entry.status, headers: entry.headers, body: .init(buffer: entry.body))
        }
        Self.misses.increment()
        let response = try await next.respond(to: request)
        if response.status == .ok, response.headers[.setCookie].isEmpty, let body = response.body.buffer {
            cache.store(.init(status: response.status, headers: response.headers, body: body), for: key, generation: generation)
        }
        return response
    }
}
