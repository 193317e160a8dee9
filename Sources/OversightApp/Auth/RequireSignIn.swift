import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Pages behind this need a signed-in user: a browser is sent to sign in (and brought back
/// afterwards), an API client gets 401.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.viewer == nil else { return try await next.respond(to: request) }
        if request.url.path.hasPrefix("/api/") {
            let response = Response(status: .unauthorized)
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"oversight\"")
            response.headers.contentType = .json
            response.body = .init(string: #"{"error":"Sign in with an API token: Authorization: Bearer <token>","status":"401"}"#)
            return response
        }
        var target = SiteURL.signIn.path
        if request.method == .GET, request.url.path != "/" {
            target += "?next=" + (request.url.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")
        }
        return request.redirect(to: target, redirectType: .normal)
    }
}
