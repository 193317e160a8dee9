import Fluent
import Foundation
import OversightStore
import Vapor

/// What the `oversight` command calls. Kept free of argument parsing: the command-line target
/// parses flags and hands over plain values.
public enum OversightServer {
    public enum Mode: Sendable {
        case serve
        /// Starts with data of its own: `reset` first deletes all data, then `prepare` fills the
        /// database before the server listens (the demo council, from `OversightDemo`).
        case prepared(reset: Bool, prepare: @Sendable (any Database) async throws -> Void)
    }

    /// Starts the web server and returns when it is stopped (Ctrl-C or SIGTERM).
    public static func run(_ configuration: OversightConfiguration, mode: Mode) async throws {
        if case .prepared(reset: true, _) = mode { try await reset(configuration) }
        let app = try await makeApplication(configuration)
        do {
            try await prepareDatabase(app)
            if case let .prepared(_, prepare) = mode {
                try await prepare(app.db)
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
