import Vapor

/// Returns the request id that every log line of the request carries, so that an operator can
/// match a user's "it went wrong" (the id is on the error page) to the logs.
struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: request.id)
        return response
    }
}
