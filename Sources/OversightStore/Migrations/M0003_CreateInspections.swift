import Fluent

/// Inspections with their judgements and numbered recommendations.
struct M0003_CreateInspections: AsyncMigration {
    var name: String { "0003-create-inspections" }

    func prepare(on database: any Database) async throws {
        try await database.schema(InspectionModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("inspectorate", .string, .required)
            .field("framework", .string, .required)
            .field("start_date", .string, .required)
            .field("end_date", .string)
            .field("published_date", .string)
            .field("report_url", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(JudgementModel.schema)
            .id()
            .field("inspection_id", .uuid, .required,
                   .references(InspectionModel.schema, "id", onDelete: .cascade))
            .field("body", .string, .required)
            .field("area", .string, .required)
            .field("grade", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "inspection_id", "body", "area")
            .create()
        try await database.schema(RecommendationModel.schema)
            .id()
            .field("inspection_id", .uuid, .required,
                   .references(InspectionModel.schema, "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("text", .string, .required)
            .field("area", .string)
            .field("priority_action", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "inspection_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecommendationModel.schema).delete()
        try await database.schema(JudgementModel.schema).delete()
        try await database.schema(InspectionModel.schema).delete()
    }
}
