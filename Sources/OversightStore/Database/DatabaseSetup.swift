import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Where the data lives. SQLite is the default so that a council team can run Oversight with
/// nothing else installed; PostgreSQL lets several instances share one database.
public enum DatabaseLocation: Equatable, Sendable {
    case sqliteFile(path: String)
    case sqliteMemory
    /// `searchPath` puts every table in one schema: the tests give each run its own.
    case postgres(url: String, searchPath: String?)

    public var isPostgres: Bool { if case .postgres = self { true } else { false } }
}

public enum DatabaseSetup {
    /// Threads for blocking work when the database is SQLite (see `configure`).
    public static let sqliteThreads = 8

    /// Registers the database with Fluent. Throws for a PostgreSQL address that cannot be read.
    public static func register(_ location: DatabaseLocation, on databases: Databases,
                                logLevel: Logger.Level = .debug) throws {
        switch location {
        // SQLite has one connection per event loop, so a burst of transactions queues for it; as
        // for PostgreSQL below, wait up to 30 seconds rather than fail a write that would succeed.
        case let .sqliteFile(path):
            databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(30), sqlLogLevel: logLevel), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory, connectionPoolTimeout: .seconds(30), sqlLogLevel: logLevel), as: .sqlite)
        case let .postgres(url, searchPath):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let searchPath { configuration.searchPath = [searchPath] }
            // Writes that audit take the audit chain's lock in turn, so a burst of them queues for
            // connections; waiting up to 30 seconds (rather than the driver's 10) lets a burst drain
            // on a busy machine instead of failing requests that would have succeeded. Eight a loop
            // rather than four: writers waiting for the lock hold theirs, and a plan page made afresh
            // asks for several reads at once (`docs/performance.md`, 7 December).
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 8,
                                    connectionPoolTimeout: .seconds(30), sqlLogLevel: logLevel), as: .psql)
        }
    }

    /// Settings that belong to the database file rather than a connection: write-ahead logging
    /// lets readers carry on while a writer commits. Foreign keys are switched on per connection
    /// by the SQLite driver.
    public static func prepare(_ location: DatabaseLocation, database: any Database) async throws {
        guard case .sqliteFile = location, let sql = database as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        try await sql.raw("PRAGMA busy_timeout=5000").run()
    }

    /// `SELECT 1`: the health check and the start-up check that the database answers.
    public static func ping(_ database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        _ = try await sql.raw("SELECT 1 AS ok").all()
    }
}
