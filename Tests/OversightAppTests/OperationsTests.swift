@testable import OversightApp
import OversightStore
import Testing
import VaporTesting

@Suite("Operations")
struct OperationsTests {
    @Test("Health is 200 with the database checked")
    func healthy() async throws {
        try await withTestApp(demo: false) { app in
            let response = try await app.get("/healthz", as: nil)
            #expect(response.status == .ok)
            #expect(response.text == #"{"database":"ok","status":"ok"}"#)
        }
    }

    @Test("Health is 503 when the database does not answer")
    func unhealthy() async throws {
        let app = try await Application.make(.testing)
        // Nothing listens on port 1: the database cannot be reached.
        try configure(app, database: .postgres(url: "postgres://nobody@127.0.0.1:1/none?tlsmode=disable", searchPath: nil),
                      dependencies: .fixed())
        let response = try await app.get("/healthz", as: nil)
        #expect(response.status == .serviceUnavailable)
        #expect(response.text.contains("unreachable"))
        try await app.asyncShutdown()
    }

    @Test("Metrics count requests by route, not by id")
    func metrics() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            _ = try await app.get("/councils/\(council.id)/people")
            let response = try await app.get("/metrics", as: nil)
            #expect(response.status == .ok)
            #expect(response.text.contains("http_requests_total"))
            #expect(response.text.contains(#"path="/councils/:council/people""#))
            #expect(!response.text.contains(council.id.description))
        }
    }

    @Test("The stylesheet is cached for a year under a name that changes with it")
    func stylesheet() async throws {
        try await withTestApp(demo: false) { app in
            let response = try await app.get(SiteURL.stylesheet.path, as: nil)
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
            #expect(response.headers.first(name: .contentType) == "text/css; charset=utf-8")
            #expect(SiteURL.stylesheet.path.hasPrefix("/assets/oversight-"))
        }
    }

    @Test("Every response names its request id and carries the security headers")
    func headers() async throws {
        try await withTestApp(demo: false) { app in
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: "X-Request-Id", value: "trace-123")
            let response = try await app.get("/councils", headers: headers)
            #expect(response.headers.first(name: "X-Request-Id") == "trace-123")
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
        }
    }

    @Test("An unexpected failure is a 500 page with a reference and no detail")
    func serverError() async throws {
        try await withTestApp(demo: false) { app in
            app.get("boom") { _ -> String in throw SecretFailure() }
            let response = try await app.get("/boom", as: nil)
            #expect(response.status == .internalServerError)
            #expect(response.text.contains("Sorry, there is a problem with the service"))
            #expect(!response.text.contains("SecretFailure"))
            #expect(!response.text.contains("password"))
            let reference = try #require(response.headers.first(name: "X-Request-Id"))
            #expect(response.text.contains(reference))
        }
    }

    @Test("A body that is not a form is refused, never a 500")
    func badBody() async throws {
        try await withTestApp(demo: false) { app in
            let session = try await app.session(Who.admin)
            var headers = app.headers(for: session)
            headers.contentType = .json
            let response = try await app.testing().sendRequest(.POST, "/councils", headers: headers,
                                                                body: ByteBuffer(string: "{\"name\": [1,2"))
            #expect(response.status == .forbidden)
            headers.contentType = .urlEncodedForm
            let garbage = try await app.testing().sendRequest(
                .POST, "/councils", headers: headers, body: ByteBuffer(string: "_csrf=\(session.csrf)&name[]=%ZZ&&=="))
            #expect(garbage.status.code < 500)
        }
    }
}

struct SecretFailure: Error, CustomStringConvertible {
    var description: String { "SecretFailure: password=hunter2 at /etc/oversight" }
}
