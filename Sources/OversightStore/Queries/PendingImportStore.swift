import Fluent
import Foundation
import OversightDomain
import SQLKit

/// Uploaded files between their preview and the user's confirmation, each visible only to the
/// person who uploaded it, within its council.
public enum PendingImportStore {
    static let table = "pending_imports"

    public static func add(_ id: UUID, council: Council.ID, user: User.ID, fileName: String, bytes: [UInt8], at now: Date,
                           on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.insert(into: table).columns("id", "council_id", "user_id", "file_name", "data", "created_at")
            .values(SQLBind(id), SQLBind(council.rawValue), SQLBind(user.rawValue), SQLBind(fileName), SQLBind(Data(bytes)),
                    SQLBind(now)).run()
    }

    public static func find(_ id: UUID, council: Council.ID, user: User.ID,
                            on db: any Database) async throws -> (fileName: String, bytes: [UInt8])? {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        guard let row = try await sql.select().columns("file_name", "data").from(table).where("id", .equal, id)
            .where("council_id", .equal, council.rawValue).where("user_id", .equal, user.rawValue).first() else { return nil }
        return (try row.decode(column: "file_name", as: String.self), [UInt8](try row.decode(column: "data", as: Data.self)))
    }

    public static func remove(_ id: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.delete(from: table).where("id", .equal, id).run()
    }
}
