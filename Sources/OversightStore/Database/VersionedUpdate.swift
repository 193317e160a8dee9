import Fluent
import Foundation
import SQLKit

/// Optimistic locking for every edit: the row is changed only if it still has the version the
/// editor read, in one statement, so two people saving at once can never overwrite each other.
/// `RETURNING` tells us whether the row matched; SQLite (3.35+) and PostgreSQL both support it.
enum VersionedUpdate {
    static func apply(
        table: String,
        id: UUID,
        expectedVersion: Int,
        at now: Date,
        values: [(column: String, value: any Encodable & Sendable)],
        on change: Change
    ) async throws {
        let database = change.written()
        guard let sql = database as? any SQLDatabase else {
            throw StoreError.corrupt("database without SQL support")
        }
        var update = sql.update(table)
        for (column, value) in values {
            update = update.set(column, to: value)
        }
        let rows = try await translatingConstraintFailures {
            try await update
                .set("version", to: expectedVersion + 1)
                .set("updated_at", to: now)
                .where("id", .equal, id)
                .where("version", .equal, expectedVersion)
                .returning("id")
                .all()
        }
        if rows.isEmpty {
            let exists = try await sql.select().column("id").from(table).where("id", .equal, id).first()
            throw exists == nil ? StoreError.notFound : StoreError.staleEdit
        }
    }
}

/// Turns a unique-constraint failure into `StoreError.duplicate`, so that a race between two
/// people adding recommendation 3 at once reads as a field error, never a 500.
func translatingConstraintFailures<T>(field: String = "record", _ work: () async throws -> T) async throws -> T {
    do {
        return try await work()
    } catch let error as any DatabaseError where error.isConstraintFailure {
        throw StoreError.duplicate(field: field)
    }
}
