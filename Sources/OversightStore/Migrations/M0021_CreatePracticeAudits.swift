import Fluent

/// Practice audit rounds: one row per month and theme, with counts only (no child-level data).
struct M0021_CreatePracticeAudits: AsyncMigration {
    var name: String { "0021-create-practice-audits" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditRoundModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("month", .string, .required)
            .field("theme", .string, .required)
            .field("cases_audited", .int, .required)
            .field("outstanding", .int, .required)
            .field("good", .int, .required)
            .field("requires_improvement", .int, .required)
            .field("inadequate", .int, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            // One round per theme a month: a second is a correction of the first.
            .unique(on: "council_id", "month", "theme")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditRoundModel.schema).delete()
    }
}
