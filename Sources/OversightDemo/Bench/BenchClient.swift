import Foundation
import OversightApp
import NIOCore
import Vapor

/// Requests sent through the application's whole middleware stack and router without a socket,
/// as a signed-in browser would send them, so the benchmark times what a page costs the server
/// (session, permissions, queries, rendering) and nothing of the network.
struct BenchClient {
    let app: Application
    /// Made once, as the HTTP server makes it when it starts: `app.responder.current` builds a
    /// new responder and its router each time it is read, which was a few per cent of every page timed.
    private let responder: any Responder
    private(set) var cookies = HTTPCookies()

    init(app: Application) {
        self.app = app
        responder = app.responder.current
    }

    /// The response's status and its body's bytes.
    mutating func send(_ method: HTTPMethod, _ path: String, form: [(String, String)]? = nil) async throws
        -> (status: HTTPResponseStatus, body: ByteBuffer) {
        var headers = HTTPHeaders()
        headers.cookie = cookies
        var body: ByteBuffer?
        if let form {
            headers.contentType = .urlEncodedForm
            body = ByteBuffer(string: form.map { "\(Self.encode($0))=\(Self.encode($1))" }.joined(separator: "&"))
        }
        let request = Request(application: app, method: method, url: URI(string: path), headers: headers,
                              collectedBody: body, on: app.eventLoopGroup.next())
        let response = try await responder.respond(to: request).get()
        for (name, value) in response.headers.setCookie?.all ?? [:] { cookies[name] = value }
        let bytes = try await response.body.collect(on: request.eventLoop).get() ?? ByteBuffer()
        return (response.status, bytes)
    }

    /// Signs in through the real form: its CSRF cookie and token, then the post.
    mutating func signIn(_ email: String, password: String) async throws {
        let form = try await send(.GET, SiteURL.signIn.path)
        let page = String(buffer: form.body)
        guard let start = page.range(of: #"name="_csrf" value=""#) else { throw OversightAdmin.Problem.message("the sign-in page has no form token") }
        let token = String(page[start.upperBound...].prefix { $0 != "\"" })
        let answer = try await send(.POST, SiteURL.signIn.path,
                                    form: [("email", email), ("password", password), ("_csrf", token)])
        guard answer.status == .seeOther, cookies[SessionCookie.name] != nil else {
            throw OversightAdmin.Problem.message("signing in as \(email) answered \(answer.status.code)")
        }
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
