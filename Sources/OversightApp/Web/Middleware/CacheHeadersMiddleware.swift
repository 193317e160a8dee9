import Vapor

/// Says to every cache between Oversight and the reader what it may keep. Almost every answer
/// depends on who asks (a board pack's address serves the full pack to one reader and the
/// Part I pack to another), so anything a handler has not marked otherwise is
/// `private, no-store`: no shared cache keeps it, and no browser keeps it on disk. A handler may
/// mark an answer that is the same for everyone (the stylesheet, a published Part I report's
/// files) as public, and the API's answers carry ETags with `private, no-cache`.
struct CacheHeadersMiddleware: AsyncMiddleware {
    static let personal = "private, no-store"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let given = response.headers.first(name: .cacheControl)
        if given == nil || given == "no-store" {
            response.headers.replaceOrAdd(name: .cacheControl, value: Self.personal)
        } else if let given, given.hasPrefix("private"), given != Self.personal {
            // Kept for a while by the reader's own browser only, and only for the same sign-in.
            response.headers.replaceOrAdd(name: .vary, value: "Cookie, Authorization")
        }
        return response
    }
}

extension Response {
    /// Marks an answer that is the same whoever asks, for `seconds`: a shared cache may keep it.
    func cachedPublicly(for seconds: Int) -> Response {
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(seconds)")
        return self
    }
}
