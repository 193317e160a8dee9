import Fluent

/// Councils and their electoral divisions or wards.
struct M0001_CreateCouncils: AsyncMigration {
    var name: String { "0001-create-councils" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CouncilModel.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("area_label", .string, .required)
            .field("financial_year_start_month", .int, .required)
            .field("financial_year_start_day", .int, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(CouncilAreaModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("position", .int, .required)
            .unique(on: "council_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CouncilAreaModel.schema).delete()
        try await database.schema(CouncilModel.schema).delete()
    }
}
