import Fluent

/// Evidence uploaded with updates: what each file is, and (in its own table, so lists never
/// load them) its bytes.
struct M0009_CreateEvidenceFiles: AsyncMigration {
    var name: String { "0009-create-evidence-files" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EvidenceFileModel.schema)
            .id()
            .field("update_id", .uuid, .required, .references(ActionUpdateModel.schema, "id", onDelete: .cascade))
            .field("plan_id", .uuid, .required, .references(PlanModel.schema, "id", onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("kind", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(EvidenceContentModel.schema)
            .id()
            .field("data", .data, .required)
            .foreignKey("id", references: EvidenceFileModel.schema, "id", onDelete: .cascade)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EvidenceContentModel.schema).delete()
        try await database.schema(EvidenceFileModel.schema).delete()
    }
}
