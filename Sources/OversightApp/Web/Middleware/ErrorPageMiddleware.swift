import OversightStore
import Vapor

/// Turns every error into a page (or JSON for the API) that says what a person can do and
/// leaks nothing: no stack trace, no SQL, no file path. Unexpected errors are logged in full
/// with the request id, which the page shows.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return respond(to: error, for: request)
        }
    }

    func respond(to error: any Error, for request: Request) -> Response {
        let status: HTTPStatus
        let reason: String
        var retryAfter: Int?
        var allow: [String]?
        switch error {
        case is RouteNotFound where AllowedMethods.methods(for: request.url.path) != nil:
            // The path exists, but not for this method: say which methods it takes.
            allow = AllowedMethods.methods(for: request.url.path)
            status = .methodNotAllowed
            reason = "This address does not take \(request.method.rawValue) requests"
        case let failure as PDFPrinter.Failure:
            // Chromium missing, failing or busy: said plainly, with when to try again if it was only busy.
            status = .serviceUnavailable
            reason = failure.message
            retryAfter = failure.retryAfterSeconds
        case is RouteNotFound, StoreError.notFound:
            status = .notFound
            reason = "Not found"
        case let abort as any AbortError where abort.status.code < 500:
            status = abort.status
            reason = abort.status == .notFound ? "Not found" : abort.reason
        default:
            status = .internalServerError
            reason = "Internal server error"
            request.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
        }
        let isAPI = request.url.path.hasPrefix("/api/")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if let retryAfter { headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
        if let allow { headers.replaceOrAdd(name: .allow, value: allow.joined(separator: ", ")) }
        let body: String
        if isAPI {
            headers.contentType = .json
            let payload = ["error": reason, "status": String(status.code), "requestId": request.id]
            body = (try? String(decoding: JSONEncoder().encode(payload), as: UTF8.self)) ?? "{}"
        } else {
            headers.contentType = .html
            body = ErrorPageView.render(status: status, reason: reason, requestID: request.id,
                                        context: ViewContext(viewer: request.viewer, csrfToken: request.csrfToken, notice: nil))
        }
        return Response(status: status, headers: headers, body: .init(string: body))
    }
}
