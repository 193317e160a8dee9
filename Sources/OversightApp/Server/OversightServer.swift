import Fluent
import Foundation
import OversightStore
import Vapor

/// What the `oversight` command calls. Kept free of argument parsing: the command-line target
/// parses flags and hands over plain values.
public enum OversightServer {
    public enum Mode: Sendable {
        case serve
        /// Creates the demo council when it is missing; `reset` first deletes all data; `scale`
        /// adds that many load-test plans (see `DemoScale`).
        case demo(reset: Bool, scale: Int = 0)
    }

    /// Starts the web server and returns when it is stopped (Ctrl-C or SIGTERM).
    public static func run(_ configuration: OversightConfiguration, mode: Mode) async throws {
        if case .demo(reset: true, _) = mode { try await reset(configuration) }
        let app = try await makeApplication(configuration)
        do {
            try await prepareDatabase(app)
            if case let .demo(_, scale) = mode {
                let created = try await DemoCouncil.seed(on: app.db, dependencies: .live)
                say(created ? "Created the demo council, \(DemoCouncil.name)." :
                    "Using the data already in place (start with --reset to begin the demo again).")
                if scale > 0, let council = try await CouncilStore.all(on: app.db).first(where: { $0.name == DemoCouncil.name }) {
                    say("Adding load-test data (--scale \(scale)): plans, indicators, risks and meetings; this can take a few minutes…")
                    let added = try await DemoScale.seed(scale: scale, council: council.id, on: app.db, now: Date())
                    say(added.plans == 0 ? "Load-test plans are already in place (start with --reset to change the scale)."
                        : "Added \(added.plans) load-test plans with \(added.actions) actions and \(added.updates) updates, "
                          + "\(added.features.indicators) indicators with \(added.features.values) figures, \(added.features.risks) risks with "
                          + "\(added.features.reviews) reviews, and \(added.features.meetings) meetings.")
                }
                say("Sign in with any of these accounts; the password of each is \(DemoCouncil.password):")
                for account in DemoCouncil.accounts {
                    say("  \(account.email.padding(toLength: 31, withPad: " ", startingAt: 0)) \(account.role.label)")
                }
            } else if try await AccountStore.count(on: app.db) == 0 {
                say("No one can sign in yet. Create the first administrator with:")
                say("  oversight user create --email you@council.example --name \"Your Name\" --role administrator")
                say("or run `oversight demo` to look around Northshire County Council first.")
            }
            say("Oversight is running at http://\(displayHost(configuration.host)):\(configuration.port)/")
            say("Data: \(describe(configuration.database)). Press Ctrl-C to stop.")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw translate(error, configuration)
        }
        try await app.asyncShutdown()
    }

    /// Applies pending migrations, or with `dryRun` lists them, and returns their names.
    public static func migrate(_ configuration: OversightConfiguration, dryRun: Bool) async throws -> [String] {
        let app = try await makeApplication(configuration)
        do {
            let pending = try await MigrationRunner.pending(app.db)
            if !dryRun { try await prepareDatabase(app) }
            try await app.asyncShutdown()
            return pending
        } catch {
            try? await app.asyncShutdown()
            throw translate(error, configuration)
        }
    }

    /// Builds and configures the application, and checks that the database answers. Vapor is
    /// given its own argument list so that it never reads this command's flags.
    static func makeApplication(_ configuration: OversightConfiguration) async throws -> Application {
        let environment = Environment(name: "production", arguments: ["oversight", "serve"])
        let app = try await Application.make(environment)
        do {
            try configure(app, database: configuration.database, host: configuration.host, port: configuration.port,
                          sessions: configuration.sessions, edge: configuration.edge)
            try await DatabaseSetup.ping(app.db)
        } catch {
            try? await app.asyncShutdown()
            throw translate(error, configuration)
        }
        return app
    }

    static func reset(_ configuration: OversightConfiguration) async throws {
        switch configuration.database {
        case let .sqliteFile(path):
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.removeItem(atPath: path + suffix)
            }
        case .sqliteMemory:
            break
        case .postgres:
            let app = try await makeApplication(configuration)
            do {
                try await prepareDatabase(app)
                try await app.autoRevert()
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        }
        say("Deleted the previous data.")
    }

    /// Turns errors an operator can fix into a configuration message instead of a trace.
    static func translate(_ error: any Error, _ configuration: OversightConfiguration) -> any Error {
        if error is ConfigurationError { return error }
        let text = String(describing: error) + String(reflecting: error)
        if case .postgres = configuration.database,
           text.contains("connect") || text.contains("Connection") || text.contains("PSQLError") || text.contains("NIOConnectionError") {
            return ConfigurationError(problems: [
                "PostgreSQL at \(describe(configuration.database)) cannot be reached or refused the connection (\(reason(text))); check DATABASE_URL and that the server is running",
            ])
        }
        if text.contains("Address already in use") || text.contains("bind") {
            return ConfigurationError(problems: [
                "port \(configuration.port) on \(configuration.host) is already in use; stop the other program or choose another with --port or OVERSIGHT_PORT",
            ])
        }
        return error
    }

    /// A few words on why a connection failed, never the driver's full text (which can be long
    /// and is not written for operators).
    private static func reason(_ text: String) -> String {
        let known: [(String, String)] = [
            ("Connection refused", "connection refused: nothing is listening there"),
            ("password authentication failed", "the user name or password was not accepted"),
            ("does not exist", "the database or user does not exist"),
            ("no pg_hba.conf entry", "the server does not accept connections from this address"),
            ("timed out", "the connection timed out"), ("timeout", "the connection timed out"),
            ("nodename nor servname", "the host name could not be found"), ("unknown host", "the host name could not be found"),
        ]
        return known.first { text.localizedCaseInsensitiveContains($0.0) }?.1 ?? "the connection failed"
    }

    /// Where the data is, without a password.
    static func describe(_ location: DatabaseLocation) -> String {
        switch location {
        case let .sqliteFile(path): return "SQLite file \(path)"
        case .sqliteMemory: return "SQLite in memory"
        case let .postgres(url, _):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            components.password = components.password == nil ? nil : "***"
            components.query = nil
            return components.string ?? "PostgreSQL"
        }
    }

    private static func displayHost(_ host: String) -> String { host == "0.0.0.0" ? "127.0.0.1" : host }
}

/// Writes a line to standard output at once: `print` is buffered when output is a pipe, and an
/// operator watching a service log must see "running at" when it is true.
public func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
