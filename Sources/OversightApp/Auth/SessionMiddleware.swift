import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Finds who is making the request: a browser's session cookie for pages, a bearer token for
/// the JSON API (which never honours cookies, so that no other site can ride a session).
struct SessionMiddleware: AsyncMiddleware {
    var policy: SessionPolicy

    /// Paths that never need to know who is asking: no session lookup (a database query) for them.
    static func isAnonymousPath(_ path: String) -> Bool {
        path.hasPrefix("/assets/") || path == SiteURL.healthz.path || path == SiteURL.metrics.path
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if Self.isAnonymousPath(request.url.path) { return try await next.respond(to: request) }
        if request.url.path.hasPrefix("/api/") {
            try await authenticateToken(request)
        } else {
            try await authenticateSession(request)
        }
        let response = try await next.respond(to: request)
        if request.storage[ExpiredSessionKey.self] == true, response.cookies[SessionCookie.name] == nil {
            response.cookies[SessionCookie.name] = .expired
        }
        return response
    }

    /// What a cached session or token is kept under: sign-ins, sign-outs and tokens (`.accounts`), and
    /// users and their roles (`.all`). A lead's update leaves every session known.
    static let scopes: [CacheScope] = [.all, .accounts]

    /// Who the cookie belongs to, from the cache of sessions when nothing has changed since it was
    /// read (see `GenerationalCache`), else from the database. A cached session is only ever judged
    /// alive: its `lastSeenAt` can only be older than the database's, so if it looks expired the
    /// database decides.
    private func authenticateSession(_ request: Request) async throws {
        guard let token = request.cookies[SessionCookie.name]?.string, !token.isEmpty else { return }
        let hash = sha256Hex(token)
        let cache = request.application.oversight.sessions
        let generation = try await request.generations(of: Self.scopes, alongWith: PageCacheMiddleware.scopes(of: request))
        let now = request.dependencies.now()
        var session = cache.value(hash, generation: generation)
        if let cached = session, isExpired(cached, now) { session = nil }
        let fresh = session == nil
        if fresh { session = try await AccountStore.session(tokenHash: hash, on: request.db) }
        guard var session, session.user.isActive else {
            request.storage[ExpiredSessionKey.self] = true
            return
        }
        if isExpired(session, now) {
            let id = session.id
            try await UnitOfWork.housekeeping(.session, on: request.db) { housekeeping in
                try await AccountStore.deleteSession(id, on: housekeeping)
            }
            request.storage[ExpiredSessionKey.self] = true
            return
        }
        // Recording every request would make each page view a write; a minute's precision is enough.
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            let id = session.id
            try await UnitOfWork.housekeeping(.session, on: request.db) { housekeeping in
                try await AccountStore.touchSession(id, at: now, on: housekeeping)
            }
            session.lastSeenAt = now
            cache.store(session, for: hash, generation: generation)
        } else if fresh {
            cache.store(session, for: hash, generation: generation)
        }
        request.viewer = Viewer(user: session.user, csrfToken: session.csrfToken, sessionID: session.id)
    }

    private func isExpired(_ session: SessionRecord, _ now: Date) -> Bool {
        policy.isExpired(createdAt: session.createdAt.timeIntervalSince1970,
                         lastSeenAt: session.lastSeenAt.timeIntervalSince1970, now: now.timeIntervalSince1970)
    }

    private func authenticateToken(_ request: Request) async throws {
        guard let bearer = request.headers.bearerAuthorization?.token else { return }
        let hash = sha256Hex(bearer)
        let cache = request.application.oversight.tokens
        let generation = try await request.generations(of: Self.scopes, alongWith: PageCacheMiddleware.scopes(of: request))
        var token = cache.value(hash, generation: generation)
        let fresh = token == nil
        if fresh { token = try await AccountStore.token(hash: hash, on: request.db) }
        guard var token else { return }
        let now = request.dependencies.now()
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            let id = token.id
            try await UnitOfWork.housekeeping(.session, on: request.db) { housekeeping in
                try await AccountStore.touchToken(id, at: now, on: housekeeping)
            }
            token.lastUsedAt = now
            cache.store(token, for: hash, generation: generation)
        } else if fresh {
            cache.store(token, for: hash, generation: generation)
        }
        request.viewer = Viewer(user: token.user, csrfToken: nil, sessionID: nil)
    }
}
