import Metrics
import OversightDomain
import Vapor

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
