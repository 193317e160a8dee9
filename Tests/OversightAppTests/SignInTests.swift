import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Signing in and sessions")
struct SignInTests {
    /// Posts the sign-in form as a visitor with a fresh anonymous CSRF token.
    func attempt(_ app: Application, _ email: String, _ password: String, next: String? = nil,
                 headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        let form = try await app.testing().sendRequest(.GET, SiteURL.signIn.path)
        let cookie = try #require(form.headers.setCookie?[CSRF.cookieName]?.string)
        var headers = extra
        headers.contentType = .urlEncodedForm
        var cookies = HTTPCookies()
        cookies[CSRF.cookieName] = .init(string: cookie)
        headers.cookie = cookies
        var body = "_csrf=\(cookie)&email=\(email)&password=\(password)"
        if let next { body += "&next=\(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        return try await app.testing().sendRequest(.POST, SiteURL.signIn.path, headers: headers,
                                                   body: ByteBuffer(string: body))
    }

    @Test("A visitor is sent to sign in, and brought back afterwards")
    func redirectAndReturn() async throws {
        try await withTestApp { app in
            let page = try await app.get("/councils", as: nil)
            #expect(page.status == .seeOther)
            #expect(page.location == "/sign-in?next=/councils")
            let signedIn = try await attempt(app, Who.viewer, DemoCouncil.password, next: "/councils")
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.location == "/councils")
            let cookie = try #require(signedIn.headers.setCookie?[SessionCookie.name])
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .lax)
            #expect(!cookie.isSecure)
        }
    }

    @Test("Over HTTPS, as a trusted proxy says, the session cookie is Secure and HSTS is sent")
    func secureCookie() async throws {
        try await withTestApp(demo: false) { app in
            // The proxy in front says the request came over TLS; Oversight believes only a proxy it was told to trust.
            app.oversight.edge = EdgePolicy(trustedProxies: TrustedProxies.parse("192.0.2.10").proxies)
            let form = try await app.testing().sendRequest(.GET, SiteURL.signIn.path)
            let cookie = try #require(form.headers.setCookie?[CSRF.cookieName]?.string)
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            headers.replaceOrAdd(name: .xForwardedProto, value: "https")
            var cookies = HTTPCookies()
            cookies[CSRF.cookieName] = .init(string: cookie)
            headers.cookie = cookies
            let request = Request(application: app, method: .POST, url: URI(path: SiteURL.signIn.path), headers: headers,
                                  collectedBody: ByteBuffer(string: "_csrf=\(cookie)&email=\(Who.viewer)&password=\(DemoCouncil.password)"),
                                  remoteAddress: try .init(ipAddress: "192.0.2.10", port: 40000), on: app.eventLoopGroup.next())
            let response = try await app.responder.respond(to: request).get()
            #expect(response.headers.setCookie?[SessionCookie.name]?.isSecure == true)
            #expect(response.headers.first(name: .strictTransportSecurity)?.hasPrefix("max-age=") == true)
            // The same header from anyone else is ignored.
            let direct = try await attempt(app, Who.viewer, DemoCouncil.password, headers: ["X-Forwarded-Proto": "https"])
            #expect(direct.headers.setCookie?[SessionCookie.name]?.isSecure == false)
            let plain = try await app.get("/healthz", as: nil)
            #expect(plain.headers.first(name: .strictTransportSecurity) == nil)
        }
    }

    @Test("A link cannot send someone to another site after signing in", arguments: [
        "//evil.example/phish", "https://evil.example", "/\\evil.example",
    ])
    func openRedirect(next: String) async throws {
        try await withTestApp(demo: false) { app in
            let response = try await attempt(app, Who.viewer, DemoCouncil.password, next: next)
            #expect(response.location == "/")
        }
    }

    @Test("Wrong passwords and unknown addresses get the same answer, and are recorded as security events")
    func refused() async throws {
        try await withTestApp(demo: false) { app in
            let wrong = try await attempt(app, Who.viewer, "not-the-password")
            let unknown = try await attempt(app, "nobody@northshire.example", "not-the-password")
            for response in [wrong, unknown] {
                #expect(response.status == .unprocessableEntity)
                #expect(response.text.contains("Enter a correct email address and password"))
                #expect(response.headers.setCookie?[SessionCookie.name] == nil)
            }
            let events = try await SecurityEventStore.list(.init(kind: "sign-in.failure"), limit: 10, offset: 0, on: app.db)
            #expect(events.total == 2)
            #expect(try await AuditStore.list(.init(action: "sign-in.failure"), limit: 10, on: app.db).total == 0)
        }
    }

    @Test("Ten failures from one address across accounts slow that address, not the accounts elsewhere")
    func throttleAddress() async throws {
        try await withTestApp(demo: false) { app in
            for index in 1...10 { _ = try await attempt(app, "guess\(index)@northshire.example", "wrong-password") }
            let blocked = try await attempt(app, Who.viewer, DemoCouncil.password)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers.first(name: .retryAfter) == "1")
            let signIn = SignIn(dependencies: app.oversight.dependencies, budget: app.oversight.securityBudget, gate: app.oversight.signInGate)
            let elsewhere = try await signIn(email: Who.viewer, password: DemoCouncil.password, address: "198.51.100.7", on: app.db)
            if case .signedIn = elsewhere {} else { Issue.record("the account should not be slowed from another address: \(elsewhere)") }
        }
    }

    @Test("Failures stop counting after 15 minutes")
    func throttleWindow() async throws {
        let clock = TestClock()
        try await withTestApp(demo: false, clock: clock) { app in
            for minute in 0..<8 {
                _ = try await attempt(app, Who.board, "not-the-password")
                clock.advance(minutes: minute < 7 ? 2 : 0)
            }
            #expect(try await attempt(app, Who.board, DemoCouncil.password).status == .tooManyRequests)
            clock.advance(minutes: 16)
            #expect(try await attempt(app, Who.board, DemoCouncil.password).status == .seeOther)
        }
    }

    @Test("A session ends after 30 idle minutes")
    func idleTimeout() async throws {
        let clock = TestClock()
        try await withTestApp(clock: clock) { app in
            #expect(try await app.get("/councils", as: Who.viewer).status == .ok)
            clock.advance(minutes: 29)
            #expect(try await app.get("/councils", as: Who.viewer).status == .ok)
            clock.advance(minutes: 31)
            let expired = try await app.get("/councils", as: Who.viewer)
            #expect(expired.status == .seeOther)
            #expect(expired.location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test("A session ends after 12 hours however busy")
    func absoluteTimeout() async throws {
        let clock = TestClock()
        try await withTestApp(clock: clock) { app in
            for _ in 0..<36 {
                let page = try await app.get("/councils", as: Who.viewer)
                #expect(page.status == .ok)
                clock.advance(minutes: 20)
            }
            clock.advance(minutes: 1) // 12 hours and a minute since signing in, never idle for long
            let late = try await app.get("/councils", as: Who.viewer)
            #expect(late.status == .seeOther)
        }
    }

    @Test("Signing out ends the session: the old cookie no longer works")
    func signOut() async throws {
        try await withTestApp { app in
            let session = try await app.session(Who.board)
            let out = try await app.post(SiteURL.signOut.path, form: [], as: Who.board)
            #expect(out.status == .seeOther)
            let after = try await app.testing().sendRequest(.GET, "/councils", headers: app.headers(for: session))
            #expect(after.status == .seeOther)
        }
    }

    @Test("Each sign-in gets a new session id")
    func newSessionID() async throws {
        try await withTestApp(demo: false) { app in
            let first = try await attempt(app, Who.viewer, DemoCouncil.password)
            let second = try await attempt(app, Who.viewer, DemoCouncil.password)
            #expect(first.headers.setCookie?[SessionCookie.name]?.string != second.headers.setCookie?[SessionCookie.name]?.string)
        }
    }

    @Test("A disabled user cannot sign in and their sessions and tokens end")
    func disabled() async throws {
        try await withTestApp { app in
            let session = try await app.session(Who.contributor)
            let before = try await app.api("/api/v1/councils", as: Who.contributor)
            #expect(before.status == .ok)
            try await DisableUser(dependencies: app.oversight.dependencies)(email: Who.contributor, by: .commandLine, on: app.db)
            let after = try await app.testing().sendRequest(.GET, "/councils", headers: app.headers(for: session))
            #expect(after.status == .seeOther)
            #expect(try await attempt(app, Who.contributor, DemoCouncil.password).status == .unprocessableEntity)
            let afterAPI = try await app.api("/api/v1/councils", as: Who.contributor)
            #expect(afterAPI.status == .unauthorized)
        }
    }

    @Test("Passwords: at least 12 characters and not a common one", arguments: [
        ("short", PasswordRules.Problem.tooShort), ("password1234", .common), ("aaaaaaaaaaaaaaa", .common),
        ("123456789012", .common),
    ])
    func passwordRules(password: String, problem: PasswordRules.Problem) async throws {
        try await withTestApp(demo: false) { app in
            await #expect(throws: AccountError.password(problem)) {
                _ = try await CreateUser(dependencies: app.oversight.dependencies)(
                    UserDraft(email: "new@northshire.example", displayName: "New", roles: [.viewer]),
                    password: password, by: .commandLine, on: app.db)
            }
        }
        #expect(PasswordRules.check("correct horse battery") == nil)
    }
}
