import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import OversightDomain
import SQLKit

/// Rows read column by column, in the order the query names its columns, for the few reads that
/// bring back hundreds or thousands of rows (a plan's actions, the scorecard's figures). Keyed
/// `Codable` looked every column up by name and went through SQLKit's decoder, and on SQLite
/// parsed every id with `sscanf`: about a fifth of a plan page and a third of the scorecard
/// (`docs/performance.md`). On SQLite the rows come straight from SQLiteNIO, on PostgreSQL straight
/// from PostgresNIO; anything else (a bind neither driver is given here) through SQLKit, each
/// column read by its name.
struct ColumnRow: Sendable {
    private enum Storage {
        case sqlite([SQLiteColumn])
        case postgres(PostgresRandomAccessRow)
        case named(any SQLRow, names: [String])
    }

    private let storage: Storage

    fileprivate init(sqlite row: SQLiteRow) { storage = .sqlite(row.columns) }
    fileprivate init(postgres row: PostgresRow) { storage = .postgres(row.makeRandomAccess()) }
    fileprivate init(named row: any SQLRow, names: [String]) { storage = .named(row, names: names) }

    func uuid(_ column: Int) throws -> UUID { try required(optionalUUID(column), column, "an id") }
    func string(_ column: Int) throws -> String { try required(optionalString(column), column, "text") }
    func int(_ column: Int) throws -> Int { try required(optionalInt(column), column, "a whole number") }
    func double(_ column: Int) throws -> Double { try required(optionalDouble(column), column, "a number") }
    func bool(_ column: Int) throws -> Bool { try required(optionalBool(column), column, "true or false") }

    func optionalUUID(_ column: Int) throws -> UUID? {
        switch storage {
        case let .sqlite(data):
            switch try value(data, column) {
            case .null: return nil
            case let .text(text):
                guard let uuid = UUIDCoding.parse(text) else { throw unreadable(column, "an id") }
                return uuid
            case let .blob(bytes) where bytes.readableBytes == 16:
                return bytes.withUnsafeReadableBytes { raw in
                    var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                    withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: raw) }
                    return UUID(uuid: value)
                }
            default: throw unreadable(column, "an id")
            }
        case let .postgres(cells): return try postgres(cells, column, UUID.self)
        case let .named(row, names): return try named(row, names, column, UUID.self)
        }
    }

    func optionalString(_ column: Int) throws -> String? {
        switch storage {
        case let .sqlite(data):
            switch try value(data, column) {
            case .null: return nil
            case let .text(text): return text
            default: throw unreadable(column, "text")
            }
        case let .postgres(cells): return try postgres(cells, column, String.self)
        case let .named(row, names): return try named(row, names, column, String.self)
        }
    }

    func optionalInt(_ column: Int) throws -> Int? {
        switch storage {
        case let .sqlite(data):
            switch try value(data, column) {
            case .null: return nil
            case let .integer(number): return Int(number)
            default: throw unreadable(column, "a whole number")
            }
        case let .postgres(cells): return try postgres(cells, column, Int.self)
        case let .named(row, names): return try named(row, names, column, Int.self)
        }
    }

    func optionalDouble(_ column: Int) throws -> Double? {
        switch storage {
        case let .sqlite(data):
            switch try value(data, column) {
            case .null: return nil
            case let .integer(number): return Double(number)
            case let .float(number): return number
            default: throw unreadable(column, "a number")
            }
        case let .postgres(cells): return try postgres(cells, column, Double.self)
        case let .named(row, names): return try named(row, names, column, Double.self)
        }
    }

    /// SQLite keeps true and false as the integers 1 and 0.
    func optionalBool(_ column: Int) throws -> Bool? {
        switch storage {
        case .sqlite: return try optionalInt(column).map { $0 != 0 }
        case let .postgres(cells): return try postgres(cells, column, Bool.self)
        case let .named(row, names): return try named(row, names, column, Bool.self)
        }
    }

    private func required<T>(_ value: T?, _ column: Int, _ what: String) throws -> T {
        guard let value else { throw unreadable(column, what) }
        return value
    }

    private func value(_ columns: [SQLiteColumn], _ column: Int) throws -> SQLiteData {
        guard columns.indices.contains(column) else { throw unreadable(column, "a column") }
        return columns[column].data
    }

    private func postgres<T: PostgresDecodable>(_ cells: PostgresRandomAccessRow, _ column: Int, _: T.Type) throws -> T? {
        guard cells.indices.contains(column) else { throw unreadable(column, "a column") }
        let cell = cells[column]
        guard cell.bytes != nil else { return nil }
        do { return try cell.decode(T.self) } catch { throw unreadable(column, "a \(T.self)") }
    }

    private func named<T: Decodable>(_ row: any SQLRow, _ names: [String], _ column: Int, _: T.Type) throws -> T? {
        guard names.indices.contains(column) else { throw unreadable(column, "a column") }
        if try row.decodeNil(column: names[column]) { return nil }
        return try row.decode(column: names[column], as: T.self)
    }

    private func unreadable(_ column: Int, _ what: String) -> StoreError {
        StoreError.corrupt("column \(column + 1) of a row is not \(what)")
    }
}

enum ColumnRows {
    /// Runs `query` and gives its rows to be read by position. The query names its columns; `*`
    /// would tie the reader to the table's column order.
    static func read(_ query: SQLQueryString, on db: any Database) async throws -> [ColumnRow] {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        if let sqlite = db as? any SQLiteDatabase {
            let (text, binds) = sql.serialize(query)
            let encoder = SQLiteDataEncoder()
            let values = try binds.map { try encoder.encode($0) }
            // On the connection itself: its `query` hands each row over on SQLite's own thread,
            // where the pool's answers each row as a task for the event loop (one wake-up a row,
            // about a tenth of a plan page: `docs/performance.md`).
            return try await sqlite.withConnection { connection in
                nonisolated(unsafe) var rows: [ColumnRow] = []
                try await connection.query(text, values) { rows.append(ColumnRow(sqlite: $0)) }
                return rows
            }
        }
        if let postgres = db as? any PostgresDatabase {
            let (text, binds) = sql.serialize(query)
            if let bindings = postgresBindings(binds) {
                // Straight from PostgresNIO: SQLKit's row finds each column by name, by a search
                // of the row's columns, for every value.
                let rows = try await postgres.withConnection { connection in
                    connection.eventLoop.makeFutureWithTask {
                        try await connection.query(PostgresQuery(unsafeSQL: text, binds: bindings), logger: postgres.logger)
                            .collect()
                    }
                }.get()
                return rows.map(ColumnRow.init(postgres:))
            }
        }
        let rows = try await sql.raw(query).all()
        guard let first = rows.first else { return [] }
        let names = first.allColumns
        return rows.map { ColumnRow(named: $0, names: names) }
    }

    /// The binds as PostgresNIO takes them, or nil for a kind of value not listed here (the query
    /// then goes through SQLKit, which encodes anything `Encodable`).
    private static func postgresBindings(_ binds: [any Encodable & Sendable]) -> PostgresBindings? {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind {
            case let value as UUID: bindings.append(value)
            case let value as String: bindings.append(value)
            case let value as Int: bindings.append(value)
            case let value as Double: bindings.append(value)
            case let value as Bool: bindings.append(value)
            default: return nil
            }
        }
        return bindings
    }
}
