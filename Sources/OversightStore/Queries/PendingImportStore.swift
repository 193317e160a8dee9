import Fluent
import Foundation
import OversightDomain
import SQLKit

/// Uploaded files between their preview and the user's confirmation, each visible only to the
/// person who uploaded it, within its council. A file nobody confirmed is kept for a day.
public enum PendingImportStore {
    static let table = "pending_imports"
    /// One held upload, as its table holds it.
    private struct Row: Codable {
        var id: UUID
        var councilId: UUID
        var userId: UUID
        var fileName: String
        var data: Data
        var createdAt: Date
        enum CodingKeys: String, CodingKey {
            case id, councilId = "council_id", userId = "user_id", fileName = "file_name", data, createdAt = "created_at"
        }
    }

    /// How long an unconfirmed upload is kept: long enough to correct a file over lunch.
    public static let keptFor: TimeInterval = 24 * 60 * 60

    public static func add(_ id: UUID, council: Council.ID, user: User.ID, fileName: String, bytes: [UInt8], at now: Date,
                           on housekeeping: Housekeeping) async throws {
        let db = housekeeping.db
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        // Each upload clears away what nobody confirmed within the day, so abandoned files do not pile up.
        try await sql.delete(from: table).where("created_at", .lessThan, now.addingTimeInterval(-keptFor)).run()
        try await sql.insert(into: table)
            .model(Row(id: id, councilId: council.rawValue, userId: user.rawValue, fileName: fileName, data: Data(bytes), createdAt: now),
                   with: rowEncoder).run()
    }

    public static func find(_ id: UUID, council: Council.ID, user: User.ID,
                            on db: any Database) async throws -> (fileName: String, bytes: [UInt8])? {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        guard let row = try await sql.select().column("*").from(table).where("id", .equal, id)
            .where("council_id", .equal, council.rawValue).where("user_id", .equal, user.rawValue)
            .first(decoding: Row.self, with: rowDecoder) else { return nil }
        return (row.fileName, [UInt8](row.data))
    }

    /// Removes the file as part of the import that uses it, inside that import's transaction:
    /// false when it was already gone (a second click on "Import", or another tab), so that the
    /// file is imported once.
    public static func take(_ id: UUID, council: Council.ID, user: User.ID, on change: Change) async throws -> Bool {
        // A claim that finds nothing has written nothing, and needs no audit entry of its own.
        guard let sql = change.db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        let removed = try await sql.delete(from: table).where("id", .equal, id).where("council_id", .equal, council.rawValue)
            .where("user_id", .equal, user.rawValue).returning("id").all()
        if !removed.isEmpty { change.wrote() }
        return !removed.isEmpty
    }
}
