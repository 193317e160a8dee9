import Fluent

/// A checked file waiting for the person who uploaded it to confirm the preview. Nothing reaches
/// the scorecard until they do; the file is removed once imported.
struct M0015_CreatePendingImports: AsyncMigration {
    var name: String { "0015-create-pending-imports" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PendingImportStore.table)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required)
            .field("file_name", .string, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PendingImportStore.table).delete()
    }
}
