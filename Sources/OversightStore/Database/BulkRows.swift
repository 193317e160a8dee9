import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import OversightDomain
import SQLKit

/// A value of a row written by `BulkRows`: the few kinds a bulk write holds, each bound as its
/// driver binds it when the row goes through Fluent or SQLKit (an id as upper-case text on SQLite
/// and as `uuid` on PostgreSQL, a time as seconds since 1970 on SQLite and as `timestamptz` on
/// PostgreSQL), so rows written either way read back the same.
enum BulkValue: Sendable {
    case uuid(UUID)
    case text(String)
    case double(Double)
    case int(Int)
    case date(Date)
    case null

    static func uuid(_ value: UUID?) -> BulkValue { value.map(BulkValue.uuid) ?? .null }
    static func text(_ value: String?) -> BulkValue { value.map(BulkValue.text) ?? .null }
    static func double(_ value: Double?) -> BulkValue { value.map(BulkValue.double) ?? .null }

    var sqlite: SQLiteData {
        switch self {
        case let .uuid(id): .text(UUIDCoding.uppercase(id))
        case let .text(text): .text(text)
        case let .double(number): .float(number)
        case let .int(number): .integer(number)
        case let .date(date): .float(date.timeIntervalSince1970)
        case .null: .null
        }
    }

    func append(to bindings: inout PostgresBindings) {
        switch self {
        case let .uuid(id): bindings.append(id)
        case let .text(text): bindings.append(text)
        case let .double(number): bindings.append(number)
        case let .int(number): bindings.append(number)
        case let .date(date): bindings.append(date)
        case .null: bindings.appendNull()
        }
    }
}

/// Thousands of rows written many to a statement, their values bound straight through the
/// driver: on SQLite as SQLiteNIO's values on the transaction's own connection, on PostgreSQL as
/// PostgresNIO's binds (ADR 0013). Through SQLKit, every value of 100,000 imported figures was
/// encoded by `Codable` and every statement serialised expression by expression, which together
/// took longer than SQLite took to write them (`docs/performance.md`); Fluent's own batch `create`
/// found every model's fields by reflection. Models list their columns and values in
/// `BulkColumns.swift`; the scorecard's figures in `IndicatorStore.write`.
enum BulkRows {
    /// Writes `rows` (each one value per column, in `columns`' order) into `table`, `batch` rows
    /// a statement. `conflict` follows the values: an `ON CONFLICT` clause, the same on both
    /// databases. A constraint the rows break is reported as a conflict on `field`, or passed on
    /// as the database's own error when `field` is nil (a constraint no person's input can break).
    static func insert(into table: String, columns: [String], rows: [[BulkValue]], conflict: String = "", field: String?,
                       batch: Int = 500, on db: any Database) async throws {
        try await insert(into: table, columns: columns, count: rows.count, conflict: conflict, field: field, batch: batch,
                         on: db) { rows[$0] }
    }

    /// The same for `count` rows that `row` gives by number, each made as its batch is prepared.
    /// On SQLite the next batch's values are made (as a child task) while the connection's own
    /// thread writes the one before: making them was a twelfth of writing 100,000 figures.
    static func insert(into table: String, columns: [String], count: Int, conflict: String = "", field: String?,
                       batch: Int = 500, on db: any Database, row: @escaping @Sendable (Int) -> [BulkValue]) async throws {
        let head = "INSERT INTO \"\(table)\" (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES "
        let batches = stride(from: 0, to: count, by: batch).map { $0..<min($0 + batch, count) }
        @Sendable func values(_ batch: Range<Int>) throws -> [[BulkValue]] {
            try batch.map { index in
                let values = row(index)
                guard values.count == columns.count else {
                    throw StoreError.corrupt("a row for \(table) has \(values.count) values for \(columns.count) columns")
                }
                return values
            }
        }
        if let sqlite = db as? any SQLiteDatabase {
            let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            @Sendable func statement(_ rows: Int) -> String {
                head + Array(repeating: placeholders, count: rows).joined(separator: ", ") + " " + conflict
            }
            @Sendable func prepared(_ batch: Range<Int>) throws -> (text: String, binds: [SQLiteData]) {
                var binds: [SQLiteData] = []
                binds.reserveCapacity(batch.count * columns.count)
                for values in try values(batch) { for value in values { binds.append(value.sqlite) } }
                return (statement(batch.count), binds)
            }
            guard let first = batches.first else { return }
            var current = try prepared(first)
            for (number, _) in batches.enumerated() {
                async let upcoming = number + 1 < batches.count ? prepared(batches[number + 1]) : nil
                let (text, binds) = current
                try await translating(field) {
                    try await sqlite.withConnection { connection in
                        try await connection.query(text, binds) { _ in }
                    }
                }
                guard let next = try await upcoming else { break }
                current = next
            }
        } else if let postgres = db as? any PostgresDatabase {
            for batch in batches {
                var text = head, bindings = PostgresBindings(capacity: batch.count * columns.count)
                for (index, row) in try values(batch).enumerated() {
                    let first = index * columns.count
                    text += (index == 0 ? "(" : ", (") + (1...columns.count).map { "$\(first + $0)" }.joined(separator: ", ") + ")"
                    for value in row { value.append(to: &bindings) }
                }
                let query = PostgresQuery(unsafeSQL: text + " " + conflict, binds: bindings)
                try await translating(field) {
                    _ = try await postgres.withConnection { connection in
                        connection.eventLoop.makeFutureWithTask {
                            try await connection.query(query, logger: postgres.logger).collect()
                        }
                    }.get()
                }
            }
        } else {
            throw StoreError.corrupt("a database that is neither SQLite nor PostgreSQL")
        }
    }

    /// The work, with a constraint failure as a conflict on `field` when there is one.
    private static func translating(_ field: String?, _ work: () async throws -> Void) async throws {
        if let field { try await translatingConstraintFailures(field: field, work) } else { try await work() }
    }
}
