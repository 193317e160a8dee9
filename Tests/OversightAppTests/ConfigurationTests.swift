import Foundation
@testable import OversightApp
import OversightStore
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "oversight-config-" + UUID().uuidString
    }

    @Test("Defaults: 127.0.0.1:8080 and SQLite in the data directory")
    func defaults() throws {
        let dir = temporaryDirectory()
        let config = try OversightConfiguration.load(overrides: .init(dataDirectory: dir), environment: [:]).get()
        #expect(config.host == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.database == .sqliteFile(path: dir + "/oversight.sqlite"))
        #expect(FileManager.default.fileExists(atPath: dir))
    }

    @Test("Flags win over the environment; DATABASE_URL chooses PostgreSQL")
    func precedence() throws {
        let env = ["OVERSIGHT_PORT": "9000", "OVERSIGHT_HOST": "0.0.0.0",
                   "DATABASE_URL": "postgres://u:p@db.internal:5432/oversight", "OVERSIGHT_DATA_DIR": temporaryDirectory()]
        let config = try OversightConfiguration.load(overrides: .init(port: "9100"), environment: env).get()
        #expect(config.port == 9100)
        #expect(config.host == "0.0.0.0")
        #expect(config.database.isPostgres)
    }

    @Test("Every problem is listed at once, each naming its setting")
    func everyProblem() throws {
        let blocker = temporaryDirectory()
        FileManager.default.createFile(atPath: blocker, contents: Data("file".utf8))
        let env = ["DATABASE_URL": "not a url at all", "OVERSIGHT_LOG_LEVEL": "loud", "OVERSIGHT_LOG_FORMAT": "xml"]
        let result = OversightConfiguration.load(overrides: .init(port: "99999", dataDirectory: blocker), environment: env)
        guard case let .failure(error) = result else {
            Issue.record("a bad configuration was accepted")
            return
        }
        #expect(error.problems.count == 5)
        #expect(error.problems.contains { $0.hasPrefix("--port must be a whole number from 1 to 65535, not \"99999\"") })
        #expect(error.problems.contains { $0.hasPrefix("--data-dir \(blocker) is a file, not a directory") })
        #expect(error.problems.contains { $0.hasPrefix("DATABASE_URL must look like postgres://") })
        #expect(error.problems.contains { $0.hasPrefix("OVERSIGHT_LOG_LEVEL must be one of") })
        #expect(error.problems.contains { $0.contains("OVERSIGHT_LOG_FORMAT must be text or json") })
        #expect(error.description.hasPrefix("Oversight cannot start:\n  - "))
    }

    @Test("A DATABASE_URL for another database is refused", arguments: [
        "mysql://u@h/db", "postgres:///nohost", "postgres://h:70000/db",
    ])
    func wrongDatabase(url: String) {
        let result = OversightConfiguration.load(overrides: .init(dataDirectory: temporaryDirectory()),
                                                 environment: ["DATABASE_URL": url])
        guard case let .failure(error) = result else {
            Issue.record("\(url) was accepted")
            return
        }
        #expect(error.problems.count == 1)
    }

    @Test("An unreachable PostgreSQL stops start-up with a message, not a trace")
    func unreachable() async throws {
        var config = try OversightConfiguration.load(overrides: .init(dataDirectory: temporaryDirectory()),
                                                     environment: [:]).get()
        config.database = .postgres(url: "postgres://nobody:secret@127.0.0.1:1/none?tlsmode=disable", searchPath: nil)
        do {
            _ = try await OversightServer.migrate(config, dryRun: true)
            Issue.record("migrate succeeded without a database")
        } catch let error as ConfigurationError {
            #expect(error.problems.count == 1)
            #expect(error.problems[0].contains("cannot be reached"))
            #expect(!error.problems[0].contains("secret"))
        }
    }
}

@Suite("Session settings")
struct SessionSettingTests {
    @Test("Idle and absolute timeouts are settings with sensible bounds")
    func settings() throws {
        let dir = NSTemporaryDirectory() + "oversight-config-" + UUID().uuidString
        let config = try OversightConfiguration.load(
            overrides: .init(dataDirectory: dir),
            environment: ["OVERSIGHT_SESSION_IDLE_MINUTES": "15", "OVERSIGHT_SESSION_MAX_HOURS": "8"]).get()
        #expect(config.sessions.idleSeconds == 900)
        #expect(config.sessions.absoluteSeconds == 8 * 3600)
        let bad = OversightConfiguration.load(overrides: .init(dataDirectory: dir),
                                              environment: ["OVERSIGHT_SESSION_IDLE_MINUTES": "0"])
        guard case let .failure(error) = bad else { Issue.record("0 minutes accepted"); return }
        #expect(error.problems == ["OVERSIGHT_SESSION_IDLE_MINUTES must be a whole number of minutes from 5 to 480, not \"0\""])
    }
}
