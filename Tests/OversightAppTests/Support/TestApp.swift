import Foundation
import NIOConcurrencyHelpers
@testable import OversightApp
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing
import VaporTesting

/// A fixed clock and ids counting up from 1, so that pages and snapshots are the same every run.
extension Dependencies {
    static func fixed() -> Dependencies {
        let counter = NIOLockedValueBox(0)
        return Dependencies(
            now: { Date(timeIntervalSince1970: 1_484_733_600) },
            newID: {
                let next = counter.withLockedValue { value -> Int in value += 1; return value }
                return UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", next))!
            }
        )
    }
}

/// Runs `test` against a whole application on a database of its own, optionally with the demo council.
func withTestApp(demo: Bool = true, _ test: (Application) async throws -> Void) async throws {
    let database = try await TestDatabase.make()
    let app = try await Application.make(.testing)
    do {
        try configure(app, database: database.location, dependencies: .fixed())
        try await prepareDatabase(app)
        if demo { try await DemoCouncil.seed(on: app.db, dependencies: app.oversight.dependencies) }
        try await test(app)
    } catch {
        try? await app.asyncShutdown()
        try? await database.drop()
        throw error
    }
    try await app.asyncShutdown()
    try await database.drop()
}

extension Application {
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await testing().sendRequest(.GET, path, headers: headers)
    }

    /// Posts a form as a browser does: URL-encoded, fields in page order.
    func post(_ path: String, form fields: [(String, String)]) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        let body = fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return try await testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    private func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The demo council, looked up the way a user finds it: from the home page.
    func demoCouncil() async throws -> Council {
        let councils = try await CouncilStore.all(on: db)
        return try #require(councils.first { $0.name == DemoCouncil.name })
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
