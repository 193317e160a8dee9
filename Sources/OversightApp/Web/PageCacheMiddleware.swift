import Metrics
import OversightDomain
import OversightStore
import Vapor

/// Serves a route's pages from the page cache while nothing they show has changed since they were
/// made: each page is kept under the generations of the scopes it shows (`Routes.cacheScopes`), or
/// of the audit trail's head for a page that may show anything.
struct PageCacheMiddleware: AsyncMiddleware {
    static let hits = Counter(label: "oversight_page_cache_hits_total")
    static let misses = Counter(label: "oversight_page_cache_misses_total")

    /// The route the middleware was registered for.
    let url: SiteURL

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // A notice banner shows once, so a page carrying one is never kept or served from the cache.
        guard request.method == .GET, request.storage[NoticeKey.self] == nil, let viewer = viewerKey(request) else {
            return try await next.respond(to: request)
        }
        let cache = request.application.oversight.pageCache
        let generation = if let scopes = Routes.cacheScopes(url, request) {
            try await request.generations(of: scopes)
        } else {
            [try await request.auditHead()]
        }
        let key = PageCache.Key(uri: request.url.string, viewer: viewer,
                                day: CalendarDate.inLondon(request.dependencies.now()).iso)
        if let entry = cache.value(key, generation: generation) { return Self.served(entry, to: request) }
        // One request makes the page; any others asking for it meanwhile wait for its answer.
        let inFlight = request.application.oversight.pagesInFlight
        let flight = PagesInFlight.Key(page: key, generation: generation)
        switch await inFlight.arrive(flight) {
        case let .made(entry?):
            return Self.served(entry, to: request)
        case .made(nil):
            return try await next.respond(to: request)
        case .lead:
            // Made and kept by a leader that finished between this request's look and its arrival.
            if let entry = cache.value(key, generation: generation) {
                await inFlight.finish(flight, with: entry)
                return Self.served(entry, to: request)
            }
            Self.misses.increment()
            await inFlight.counted()
            let response: Response
            do {
                response = try await next.respond(to: request)
            } catch {
                await inFlight.finish(flight, with: nil)
                throw error
            }
            var entry: PageCache.Entry?
            if response.status == .ok, response.headers[.setCookie].isEmpty, let body = response.body.buffer {
                let kept = PageCache.Entry(status: response.status, headers: response.headers, body: body)
                cache.store(kept, for: key, generation: generation)
                entry = kept
            }
            await inFlight.finish(flight, with: entry)
            return response
        }
    }

    /// The scopes this request will read later, for the session middleware, before it, to read in
    /// the same query as its own: the page cache's, if its route is a cached page, and those of the
    /// plan's shared model (`PlanModels`) for a request about a plan.
    static func scopes(of request: Request) -> [[CacheScope]] {
        var lists: [[CacheScope]] = []
        // Asked only when the request carries a session cookie or a token: most likely someone signed in.
        if request.method == .GET, let url = request.route?.userInfo[routeKey] as? SiteURL,
           let scopes = Routes.cacheScopes(url, request, signedIn: true) {
            lists.append(scopes)
        }
        if let plan = PlanModels.scopes(of: request), !lists.contains(plan) { lists.append(plan) }
        return lists
    }

    /// Where a cached page's route keeps its `SiteURL` (see `Routes.register`).
    static let routeKey = "oversight.pageCacheURL"

    /// A kept answer, or 304 Not Modified when the client already holds it: an API client polling
    /// with the ETag it was given gets the same answer from the cache as from the handler.
    private static func served(_ entry: PageCache.Entry, to request: Request) -> Response {
        hits.increment()
        if let etag = entry.headers.first(name: .eTag), request.headers.first(name: .ifNoneMatch) == etag {
            return Response(status: .notModified, headers: entry.headers)
        }
        return Response(status: entry.status, headers: entry.headers, body: .init(buffer: entry.body))
    }

    /// Whose copy: a session's or a token's own (it carries the session's form token and what that
    /// person may see), or, on a public page, one copy for every visitor who is not signed in. A
    /// visitor's page is kept only without a query, so that a stranger cannot fill the cache with
    /// one page under a thousand addresses and push out everyone else's.
    private func viewerKey(_ request: Request) -> String? {
        if let viewer = request.viewer {
            return viewer.sessionID.map { "session \($0)" } ?? "user \(viewer.user.id)"
        }
        guard Routes.isPublic(url), request.url.query == nil else { return nil }
        return "public"
    }
}
