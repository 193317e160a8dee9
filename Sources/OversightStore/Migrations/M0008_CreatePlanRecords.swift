import Fluent

/// What a plan's life leaves behind: consultations, the frozen versions made at approval, and on
/// actions the links and reasons that succession and withdrawal need.
struct M0008_CreatePlanRecords: AsyncMigration {
    var name: String { "0008-create-plan-records" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ConsultationModel.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(PlanModel.schema, "id", onDelete: .cascade))
            .field("consulted", .string, .required)
            .field("date", .string, .required)
            .field("feedback", .string, .required)
            .field("response", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(PlanVersionModel.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(PlanModel.schema, "id", onDelete: .restrict))
            .field("number", .int, .required)
            .field("approving_body", .string, .required)
            .field("meeting_date", .string, .required)
            .field("decision", .string, .required)
            .field("snapshot", .string, .required)
            .field("checksum", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "plan_id", "number")
            .create()
        // SQLite adds one column per ALTER TABLE, so each field is its own change.
        try await database.schema(PlanActionModel.schema).field("withdrawal_reason", .string).update()
        try await database.schema(PlanActionModel.schema).field("carried_from_id", .uuid).update()
        try await database.schema(MilestoneModel.schema)
            .id()
            .field("action_id", .uuid, .required, .references(PlanActionModel.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("due_date", .string, .required)
            .field("met_date", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MilestoneModel.schema).delete()
        try await database.schema(PlanActionModel.schema).deleteField("carried_from_id").update()
        try await database.schema(PlanActionModel.schema).deleteField("withdrawal_reason").update()
        try await database.schema(PlanVersionModel.schema).delete()
        try await database.schema(ConsultationModel.schema).delete()
    }
}
