import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import SQLKit
import NIOPosix
import Testing
import VaporTesting

@Suite("CSRF")
struct CSRFTests {
    @Test("A post without the token, with a wrong one, or with another session's is refused and changes nothing")
    func refused() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = SiteURL.people(.value(council.id)).path
            let missing = try await app.post(path, form: [("name", "No token")], csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("This form has expired"))
            let wrong = try await app.post(path, form: [("_csrf", "guessed"), ("name", "Wrong token")], csrf: false)
            #expect(wrong.status == .forbidden)
            let other = try await app.session(Who.programmeManager)
            let stolen = try await app.post(path, form: [("_csrf", other.csrf), ("name", "Other token")], csrf: false)
            #expect(stolen.status == .forbidden)
            let people = try await PersonStore.all(in: council.id, on: app.db).map(\.name)
            #expect(!people.contains("No token") && !people.contains("Wrong token") && !people.contains("Other token"))
            let refusals = try await SecurityEventStore.list(.init(kind: "csrf.refused"), limit: 10, offset: 0, on: app.db)
            #expect(refusals.total == 3)
        }
    }

    @Test("Every form on a page carries the token")
    func formsCarryToken() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let session = try await app.session(Who.admin)
            for path in [SiteURL.newPerson(.value(council.id)).path, SiteURL.editCouncil(.value(council.id)).path,
                         SiteURL.tokens.path] {
                let html = try await app.get(path).text
                let forms = html.components(separatedBy: "<form method=\"post\"").count - 1
                let tokens = html.components(separatedBy: "name=\"_csrf\" value=\"\(session.csrf)\"").count - 1
                #expect(forms > 0 && forms == tokens, "\(path)")
            }
        }
    }
}

@Suite("Audit trail")
struct AuditTrailTests {
    @Test("Changes are recorded with who, what, before and after, and the chain verifies")
    func recorded() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let person = try #require(try await PersonStore.all(in: council.id, on: app.db).first)
            let response = try await app.post(SiteURL.editPerson(.value(council.id), .value(person.id)).path, form: [
                ("version", "1"), ("name", person.name), ("jobTitle", "Acting Director"),
            ], as: Who.programmeManager)
            #expect(response.status == .seeOther)
            let entries = try await AuditStore.list(.init(action: "person.update"), limit: 1, on: app.db).entries
            let entry = try #require(entries.first)
            #expect(entry.record.actor == Who.programmeManager)
            #expect(entry.record.entityID == person.id.description)
            #expect(entry.record.before?.contains(person.jobTitle ?? "") == true)
            #expect(entry.record.after?.contains("Acting Director") == true)
            #expect(try await AuditStore.verify(on: app.db) == .intact(entries: try await AuditStore.list(.init(), limit: 1, on: app.db).total))
        }
    }

    @Test("Editing a row in the database is detected, naming the entry")
    func tamperedRow() async throws {
        try await withTestApp { app in
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_entries SET actor = 'someone-else' WHERE seq = 5").run()
            #expect(try await AuditStore.verify(on: app.db)
                    == .broken(seq: 5, reason: "its contents were changed after it was written"))
        }
    }

    @Test("Deleting a row is detected")
    func deletedRow() async throws {
        try await withTestApp { app in
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("DELETE FROM audit_entries WHERE seq = 3").run()
            #expect(try await AuditStore.verify(on: app.db) == .broken(seq: 4, reason: "entry 3 is missing"))
        }
    }

    @Test("A forged entry with a recomputed hash still breaks the link to the next")
    func forgedEntry() async throws {
        try await withTestApp { app in
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_entries SET hash = 'f00d' WHERE seq = 2").run()
            let result = try await AuditStore.verify(on: app.db)
            #expect(result == .broken(seq: 2, reason: "its contents were changed after it was written"))
        }
    }

    @Test("The audit page is for administrators, with filters")
    func page() async throws {
        try await withTestApp { app in
            let page = try await app.get("/audit?action=person.create")
            #expect(page.status == .ok)
            #expect(page.text.contains("17 entries"))
            #expect(page.text.contains("person.create"))
            #expect(!page.text.contains("council.create"))
            #expect(try await app.get("/audit", as: Who.programmeManager).status == .forbidden)
        }
    }
}

@Suite("API tokens")
struct TokenTests {
    @Test("A token made in the browser is shown once, works, and stops working when revoked")
    func lifecycle() async throws {
        try await withTestApp { app in
            let created = try await app.post(SiteURL.tokens.path, form: [("name", "Scorecard refresh")], as: Who.performance)
            #expect(created.status == .created)
            let html = created.text
            let start = try #require(html.range(of: "<code id=\"new-token\">"))
            let token = String(html[start.upperBound...].prefix { $0 != "<" })
            #expect(token.hasPrefix("ovt_"))
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/councils", headers: headers).status == .ok)

            let list = try await app.get(SiteURL.tokens.path, as: Who.performance)
            #expect(!list.text.contains(token), "a token is never shown again")
            let stored = try #require(try await AccountStore.tokens(for: nil, on: app.db).first)
            let revoke = try await app.post(SiteURL.revokeToken(.value(.init(stored.id))).path, form: [], as: Who.performance)
            #expect(revoke.status == .seeOther)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/councils", headers: headers).status == .unauthorized)
        }
    }

    @Test("The API ignores session cookies, so another site cannot ride a session")
    func cookiesIgnored() async throws {
        try await withTestApp { app in
            let session = try await app.session(Who.admin)
            let response = try await app.testing().sendRequest(.GET, "/api/v1/councils", headers: app.headers(for: session))
            #expect(response.status == .unauthorized)
        }
    }

    @Test("Only the token's hash is stored")
    func hashed() async throws {
        try await withTestApp { app in
            _ = try await app.api("/api/v1/councils")
            let token = try #require(app.storage[TestTokensKey.self]?[Who.viewer])
            let sql = try #require(app.db as? any SQLDatabase)
            let rows = try await sql.raw("SELECT token_hash FROM api_tokens").all()
            let stored = try rows.map { try $0.decode(column: "token_hash", as: String.self) }
            #expect(stored == [sha256Hex(token)])
        }
    }
}

@Suite("Security headers")
struct SecurityHeaderTests {
    @Test("HTML, JSON and error responses all carry the headers", arguments: ["/councils", "/api/v1/councils", "/nope"])
    func present(path: String) async throws {
        try await withTestApp { app in
            let response = path.hasPrefix("/api") ? try await app.api(path) : try await app.get(path)
            let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
        }
    }
}

@Suite("Concurrent writes")
struct ConcurrentWriteTests {
    @Test("On SQLite, statements waiting for the file's lock run on the application's own threads, not the one-per-core shared pool")
    func sqliteThreads() async throws {
        try await withTestApp(demo: false, sqliteFile: true) { app in
            // Against PostgreSQL (DATABASE_URL set) statements never wait on a file lock.
            guard !app.oversight.database.isPostgres else { return }
            #expect(app.databases.threadPool === app.threadPool)
            #expect(app.threadPool !== NIOThreadPool.singleton)
        }
    }

    @Test("Forty people added at once all land, each audited, and the chain stays intact")
    func concurrentAdds() async throws {
        try await withTestApp(sqliteFile: true) { app in
            let council = try await app.demoCouncil()
            let before = try await PersonStore.count(in: council.id, on: app.db)
            let dependencies = app.oversight.dependencies
            let db = app.db
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 1...40 {
                    group.addTask {
                        _ = try await AddPerson(dependencies: dependencies)(
                            PersonDraft(name: "Officer \(index)", jobTitle: nil, telephone: nil, email: nil),
                            to: council.id, by: .commandLine, on: db)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await PersonStore.count(in: council.id, on: app.db) == before + 40)
            let audited = try await AuditStore.list(.init(action: "person.create"), limit: 100, on: app.db)
            #expect(audited.total == 17 + 40)
            guard case .intact = try await AuditStore.verify(on: app.db) else {
                Issue.record("the audit chain broke under concurrent writes")
                return
            }
        }
    }
}
