import Fluent
import FluentSQLiteDriver

/// A page's reads on SQLite's connection, held from the first query to the last: its dozen or
/// more queries then take the pool's one connection (per event loop) once rather than once each,
/// each time a round trip through the event loop.
///
/// On PostgreSQL each query takes one of the loop's connections for its own time only. A page
/// holding one from its first query to its last left writers waiting: in the mixed load, changes
/// at 20 a second went from a p99 of about 110 ms to over 200 (`docs/performance.md`).
public enum OneConnection {
    public static func read<T: Sendable>(on db: any Database, _ read: @escaping @Sendable (any Database) async throws -> T)
        async throws -> T {
        guard db is any SQLiteDatabase, !db.inTransaction else { return try await read(db) }
        return try await db.withConnection { db in
            db.eventLoop.makeFutureWithTask { try await read(db) }
        }.get()
    }
}
