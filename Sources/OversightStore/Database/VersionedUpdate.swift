import Fluent
import Foundation
import SQLKit

/// Optimistic locking for every edit: the row is changed only if it still has the version the
/// editor read, in one statement, so two people saving at once can never overwrite each other.
/// `RETURNING` tells us whether the row matched; SQLite (3.35+) and PostgreSQL both support it.
enum VersionedUpdate {
    private static func apply(table: String, id: UUID, expectedVersion: Int, at now: Date,
                              values: [(column: String, value: any SQLExpression)], on sql: any SQLDatabase) async throws {
        var update = sql.update(table)
        for (column, value) in values {
            update = update.set(SQLIdentifier(column), to: value)
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

    /// An edit of some of a row's fields: `set` assigns them on a blank model of the row, and only
    /// what it assigns is written (a blank model writes nothing else), so a column is named by the
    /// model's key path, never by a string the compiler cannot check.
    static func apply<M: Model>(_ type: M.Type, id: UUID, expectedVersion: Int, at now: Date, on change: Change,
                                set: (M) throws -> Void) async throws where M.IDValue == UUID {
        let model = M()
        model.id = id
        try set(model)
        try await apply(model, unchanged: [], expectedVersion: expectedVersion, at: now, on: change)
    }

    /// The same update, its columns and values taken from `model` as Fluent would write them, so a
    /// field is listed once (in the model) and cannot be forgotten here. `unchanged` names the
    /// columns an edit never touches (the id, the row's parents, when it was created).
    static func apply<M: Model>(_ model: M, unchanged: Set<FieldKey>, expectedVersion: Int, at now: Date,
                                on change: Change) async throws {
        let columns = ModelColumns()
        model.input(to: columns)
        var values: [(column: String, value: any SQLExpression)] = []
        for (key, value) in columns.values where !unchanged.contains(key) && key != .id && key != "version" && key != "updated_at" {
            switch value {
            case let .bind(bound): values.append((key.description, SQLBind(bound)))
            case .null: values.append((key.description, SQLLiteral.null))
            default: throw StoreError.corrupt("\(M.schema).\(key.description) has a value an update cannot write")
            }
        }
        guard let id = model.id as? UUID, let sql = change.written() as? any SQLDatabase else {
            throw StoreError.corrupt("\(M.schema) row without an id, or a database without SQL")
        }
        try await apply(table: M.schema, id: id, expectedVersion: expectedVersion, at: now, values: values, on: sql)
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

/// Collects what a Fluent model would write, in the model's order.
private final class ModelColumns: DatabaseInput {
    var values: [(FieldKey, DatabaseQuery.Value)] = []

    func set(_ value: DatabaseQuery.Value, at key: FieldKey) { values.append((key, value)) }
}
