import Fluent
import Foundation
import Logging
import NIOCore
import NIOPosix
import OversightStore
import SQLKit

/// A database of its own for one test: SQLite in memory by default; with DATABASE_URL set,
/// a new schema on that PostgreSQL, dropped afterwards, so tests never see each other's rows.
public struct TestDatabase: Sendable {
    public let location: DatabaseLocation
    private let schema: String?

    public static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty else { return nil }
        return url
    }

    /// At most this many tests hold a database at once. Swift Testing starts every test in
    /// parallel. On PostgreSQL each application opens up to 4 connections per event loop, and the
    /// server's `max_connections` (300 in scripts/start-postgres) is shared by all of them:
    /// unbounded, a slow demo seed let enough tests overlap to get "too many clients already". On
    /// SQLite, four hundred tests sharing two cores stretched each one to minutes, long enough for
    /// forty writes queued on one connection to outwait the pool's 30 seconds.
    public static let places = 16
    private static let gate = Gate(places: places)

    /// Runs `body` in one of the places for a test database.
    public static func inPlace<T>(_ body: () async throws -> T) async throws -> T {
        await gate.enter()
        do {
            let result = try await body()
            await gate.leave()
            return result
        } catch {
            await gate.leave()
            throw error
        }
    }

    public static func make() async throws -> TestDatabase {
        guard let url = postgresURL else { return TestDatabase(location: .sqliteMemory, schema: nil) }
        let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await withDatabase(.postgres(url: url, searchPath: nil)) { db in
            try await (db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
        }
        return TestDatabase(location: .postgres(url: url, searchPath: schema), schema: schema)
    }

    public func drop() async throws {
        guard let schema, let url = Self.postgresURL else { return }
        try await Self.withDatabase(.postgres(url: url, searchPath: nil)) { db in
            try await (db as! any SQLDatabase).raw("DROP SCHEMA \(ident: schema) CASCADE").run()
        }
    }

    /// Runs `body` with a migrated database of its own, then removes it.
    public static func withMigrated<T: Sendable>(_ body: @Sendable (any Database) async throws -> T) async throws -> T {
        try await inPlace { try await migrated(body) }
    }

    private static func migrated<T: Sendable>(_ body: @Sendable (any Database) async throws -> T) async throws -> T {
        let test = try await make()
        do {
            let result = try await withDatabase(test.location) { db in
                try await MigrationRunner.migrate(db, isPostgres: test.location.isPostgres)
                return try await body(db)
            }
            try await test.drop()
            return result
        } catch {
            try? await test.drop()
            throw error
        }
    }

    /// A database outside any Vapor application, for store tests and schema housekeeping.
    public static func withDatabase<T: Sendable>(_ location: DatabaseLocation,
                                                 _ body: @Sendable (any Database) async throws -> T) async throws -> T {
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        try DatabaseSetup.register(location, on: databases, logLevel: .trace)
        guard let db = databases.database(logger: Logger(label: "test"), on: MultiThreadedEventLoopGroup.singleton.any())
        else { preconditionFailure("the database was just registered") }
        do {
            let result = try await body(db)
            await databases.shutdownAsync()
            return result
        } catch {
            await databases.shutdownAsync()
            throw error
        }
    }
}

/// A counting semaphore for async code: `enter` waits while every place is taken.
actor Gate {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(places: Int) { free = places }

    func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the place straight to the longest waiter, or frees it.
    func leave() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
