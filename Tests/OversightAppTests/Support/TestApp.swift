import Foundation
import NIOConcurrencyHelpers
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing
import VaporTesting

/// A clock the test moves by hand, for session timeouts and throttling windows.
final class TestClock: Sendable {
    private let value = NIOLockedValueBox(Date(timeIntervalSince1970: 1_484_733_600)) // 18 January 2017, 10:00

    var now: Date { value.withLockedValue { $0 } }

    func advance(minutes: Double) {
        value.withLockedValue { $0 = $0.addingTimeInterval(minutes * 60) }
    }
}

/// A fixed clock and ids counting up from 1, so that pages and snapshots are the same every run.
/// bcrypt at its lowest cost keeps sign-in fast in tests; production uses 12.
extension Dependencies {
    static func fixed(clock: TestClock = TestClock()) -> Dependencies {
        let counter = NIOLockedValueBox(0)
        let tokens = NIOLockedValueBox(0)
        return Dependencies(
            now: { clock.now },
            newID: {
                let next = counter.withLockedValue { value -> Int in value += 1; return value }
                return UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", next))!
            },
            bcryptCost: 4,
            randomToken: {
                // Unique and unpredictable enough for tests, and stable in length like the real ones.
                let next = tokens.withLockedValue { value -> Int in value += 1; return value }
                return String(format: "test-token-%032d", next) + UUID().uuidString.prefix(8)
            }
        )
    }
}

/// Runs `test` against a whole application on a database of its own. `demo` adds the demo
/// council; the demo's six accounts exist either way, all with the password `northshire-demo`.
func withTestApp(demo: Bool = true, clock: TestClock = TestClock(), sqliteFile: Bool = false,
                 _ test: (Application) async throws -> Void) async throws {
    try await TestDatabase.inPlace { try await withApp(demo: demo, clock: clock, sqliteFile: sqliteFile, test) }
}

private func withApp(demo: Bool, clock: TestClock, sqliteFile: Bool, _ test: (Application) async throws -> Void) async throws {
    let database = try await TestDatabase.make()
    // A file in WAL mode, as production runs, where two connections really can collide.
    let file = NSTemporaryDirectory() + "oversight-test-\(UUID().uuidString).sqlite"
    let location = sqliteFile && !database.location.isPostgres ? .sqliteFile(path: file) : database.location
    defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
    let app = try await Application.make(.testing)
    do {
        try configure(app, database: location, dependencies: .fixed(clock: clock))
        try await prepareDatabase(app)
        if demo {
            try await DemoCouncil.seed(on: app.db, dependencies: app.oversight.dependencies)
        } else {
            try await DemoCouncil.createAccounts(linkedTo: [:], on: app.db, dependencies: app.oversight.dependencies)
        }
        try await test(app)
    } catch {
        try? await app.asyncShutdown()
        try? await database.drop()
        throw error
    }
    try await app.asyncShutdown()
    try await database.drop()
}

/// A browser's sign-in: its session cookie and the CSRF token its forms carry.
struct TestSession: Sendable {
    var cookie: String
    var csrf: String
}

struct TestSessionsKey: StorageKey { typealias Value = [String: TestSession] }

enum Who {
    static let admin = "admin@northshire.example"
    static let programmeManager = "pm@northshire.example"
    static let contributor = "lead@northshire.example"
    static let performance = "data@northshire.example"
    static let board = "board@northshire.example"
    static let viewer = "viewer@northshire.example"
    static let democratic = "democratic@northshire.example"
    static let director = "director@northshire.example"

    static func email(for role: Role) -> String? {
        DemoCouncil.accounts.first { $0.role == role }?.email
    }
}

extension Application {
    /// Signs in as a browser would: fetch the form, post it with its token, keep the cookie.
    func session(_ email: String, password: String = DemoCouncil.password) async throws -> TestSession {
        if let cached = storage[TestSessionsKey.self]?[email] { return cached }
        let form = try await testing().sendRequest(.GET, SiteURL.signIn.path)
        let anonymousToken = try #require(form.headers.setCookie?[CSRF.cookieName]?.string)
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        var cookies = HTTPCookies()
        cookies[CSRF.cookieName] = .init(string: anonymousToken)
        headers.cookie = cookies
        let body = "email=\(encode(email))&password=\(encode(password))&_csrf=\(encode(csrfToken(in: form.body.string)))"
        let response = try await testing().sendRequest(.POST, SiteURL.signIn.path, headers: headers,
                                                       body: ByteBuffer(string: body))
        let cookie = try #require(response.headers.setCookie?[SessionCookie.name]?.string,
                                  "sign-in as \(email) failed with \(response.status)")
        var sessionHeaders = HTTPHeaders()
        var sessionCookies = HTTPCookies()
        sessionCookies[SessionCookie.name] = .init(string: cookie)
        sessionHeaders.cookie = sessionCookies
        let page = try await testing().sendRequest(.GET, SiteURL.tokens.path, headers: sessionHeaders)
        let session = TestSession(cookie: cookie, csrf: csrfToken(in: page.body.string))
        var sessions = storage[TestSessionsKey.self] ?? [:]
        sessions[email] = session
        storage[TestSessionsKey.self] = sessions
        return session
    }

    func csrfToken(in html: String) -> String {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return "" }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    func headers(for session: TestSession?, _ extra: HTTPHeaders = [:]) -> HTTPHeaders {
        var headers = extra
        if let session {
            var cookies = headers.cookie ?? HTTPCookies()
            cookies[SessionCookie.name] = .init(string: session.cookie)
            headers.cookie = cookies
        }
        return headers
    }

    /// A GET as the given user (the administrator unless said otherwise; nil for a visitor).
    func get(_ path: String, headers extra: HTTPHeaders = [:], as email: String? = Who.admin) async throws -> TestingHTTPResponse {
        let session = try await email.asyncMap { try await self.session($0) }
        return try await testing().sendRequest(.GET, path, headers: headers(for: session, extra))
    }

    /// Posts a form as a browser does: URL-encoded, fields in page order, with the CSRF token.
    func post(_ path: String, form fields: [(String, String)], as email: String? = Who.admin,
              csrf: Bool = true) async throws -> TestingHTTPResponse {
        let session = try await email.asyncMap { try await self.session($0) }
        var headers = headers(for: session)
        headers.contentType = .urlEncodedForm
        var all = fields
        if csrf, let session { all.insert(("_csrf", session.csrf), at: 0) }
        let body = all.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return try await testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a form with files as a browser does: multipart/form-data, with the CSRF token first.
    func postMultipart(_ path: String, fields: [(String, String)], files: [(field: String, name: String, bytes: [UInt8])],
                       as email: String? = Who.admin) async throws -> TestingHTTPResponse {
        let session = try await email.asyncMap { try await self.session($0) }
        var headers = headers(for: session)
        let boundary = "----oversight-test-boundary-7MA4YWxkTrZu0gW"
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        var body = ByteBuffer()
        let all = (session.map { [("_csrf", $0.csrf)] } ?? []) + fields
        for (name, value) in all {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return try await testing().sendRequest(.POST, path, headers: headers, body: body)
    }

    private func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    func demoCouncil() async throws -> Council {
        let councils = try await CouncilStore.all(on: db)
        return try #require(councils.first { $0.name == DemoCouncil.name })
    }

    /// The demo's first plan: the Improvement Plan of March 2016, active with October 2017 open.
    func demoImprovementPlan(in council: Council) async throws -> Plan {
        try #require(try await PlanStore.plans(in: council.id, on: db).first { $0.kind == .improvement })
    }

    /// The demo's Continuous Improvement Plan, approved on 12 October 2017.
    func demoContinuousPlan(in council: Council) async throws -> Plan {
        try #require(try await PlanStore.plans(in: council.id, on: db).first { $0.kind == .continuousImprovement })
    }

    func demoInspection() async throws -> InspectionRecord {
        let council = try await demoCouncil()
        let records = try await InspectionStore.all(in: council.id, on: db)
        return try #require(records.first { $0.inspection.kind == .fullInspection })
    }
}

extension TestingHTTPResponse {
    var text: String { body.string }
    var location: String? { headers.first(name: .location) }
}

struct TestTokensKey: StorageKey { typealias Value = [String: String] }

extension Application {
    /// A JSON API request with a bearer token of the given user, as a program would send it.
    func api(_ path: String, headers extra: HTTPHeaders = [:], as email: String = Who.viewer) async throws -> TestingHTTPResponse {
        let token: String
        if let cached = storage[TestTokensKey.self]?[email] {
            token = cached
        } else {
            let user = try #require(try await AccountStore.find(email: email, on: db)?.user)
            token = try await CreateAPIToken(dependencies: oversight.dependencies)(
                for: user, name: "tests", by: .commandLine, on: db)
            var tokens = storage[TestTokensKey.self] ?? [:]
            tokens[email] = token
            storage[TestTokensKey.self] = tokens
        }
        var headers = extra
        headers.bearerAuthorization = BearerAuthorization(token: token)
        return try await testing().sendRequest(.GET, path, headers: headers)
    }
}
