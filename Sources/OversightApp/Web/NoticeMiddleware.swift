import OversightDomain
import Vapor

/// Reads the notice cookie into the request and clears it on the response, so it shows once.
struct NoticeMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let value = request.cookies[Notice.cookieName]?.string else {
            return try await next.respond(to: request)
        }
        request.storage[NoticeKey.self] = Notice(rawValue: value)
        let response = try await next.respond(to: request)
        if response.cookies[Notice.cookieName] == nil {
            response.cookies[Notice.cookieName] = .expired
        }
        return response
    }
}
