import Fluent

/// The further inspections, visits or reviews a plan answers besides its first inspection: a
/// Continuous Improvement Plan often answers a later review's recommendations too.
struct M0011_CreatePlanInspections: AsyncMigration {
    var name: String { "0011-create-plan-inspections" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PlanInspectionModel.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(PlanModel.schema, "id", onDelete: .cascade))
            .field("inspection_id", .uuid, .required, .references(InspectionModel.schema, "id", onDelete: .cascade))
            .unique(on: "plan_id", "inspection_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlanInspectionModel.schema).delete()
    }
}
