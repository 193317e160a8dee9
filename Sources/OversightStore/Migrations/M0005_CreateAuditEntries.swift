import Fluent

/// The append-only audit trail. `seq` is unique, so two writers can never both extend the
/// chain from the same entry.
struct M0005_CreateAuditEntries: AsyncMigration {
    var name: String { "0005-create-audit-entries" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("seq", .int, .required)
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string)
            .field("before", .string)
            .field("after", .string)
            .field("address", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "seq")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema).delete()
    }
}
