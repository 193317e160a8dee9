import Fluent

/// The forward plan of key decisions: one row an entry. What is searched or sorted on (decision
/// maker, date, notice date, reference) has its own column; the rest (summary, documents, contact,
/// the notice's route and a private meeting's notices) is JSON, read and written whole.
struct M0031_CreateForwardPlan: AsyncMigration {
    var name: String { "0031-create-forward-plan" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ForwardPlanEntryModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("body_id", .uuid, .required, .references(GoverningBodyModel.schema, "id", onDelete: .cascade))
            .field("reference", .string, .required)
            .field("matter", .string, .required)
            .field("decision_date", .string, .required)
            .field("published_on", .string)
            .field("withdrawn", .string)
            .field("report_id", .uuid)
            .field("details", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "council_id", "reference")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ForwardPlanEntryModel.schema).delete()
    }
}
