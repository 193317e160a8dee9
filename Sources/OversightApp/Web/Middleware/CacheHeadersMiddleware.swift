import Vapor

/// Says to every cache between Oversight and the reader what it may keep. Almost every answer
/// depends on who asks (a board pack's address serves the full pack to one reader and the
/// Part I pack to another), so anything a handler has not marked otherwise is
/// `private, no-store`: no shared cache keeps it, and no browser keeps it on disk. A handler may
/// mark an answer that is the same for everyone (the stylesheet, a published Part I report's
/// files) as public (`cachedPublicly`), and the API's answers carry ETags with `private, no-cache`.
/// Anything else a handler wrote, and anything that sets a cookie, becomes `private, no-store`.
struct CacheHeadersMiddleware: AsyncMiddleware {
    static let personal = "private, no-store"
    /// The API's answers: the client may keep one and ask with its ETag whether it still holds.
    static let revalidated = "private, no-cache"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let given = response.headers.first(name: .cacheControl) ?? ""
        // An answer that sets a cookie is someone's own, whatever the handler said.
        let setsCookie = !response.headers[.setCookie].isEmpty
        if given.hasPrefix("public, max-age=") && !setsCookie {
            return response
        }
        if given == Self.revalidated {
            // Kept by the reader's own client only, checked against its ETag each time, per sign-in.
            response.headers.replaceOrAdd(name: .vary, value: "Cookie, Authorization")
            return response
        }
        response.headers.replaceOrAdd(name: .cacheControl, value: Self.personal)
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
