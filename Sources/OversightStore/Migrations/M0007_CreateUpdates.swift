import Fluent

/// The monthly update cycle: periods with deadlines, and each action's updates in them.
struct M0007_CreateUpdates: AsyncMigration {
    var name: String { "0007-create-updates" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UpdatePeriodModel.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(PlanModel.schema, "id", onDelete: .cascade))
            .field("month", .string, .required)
            .field("deadline", .string, .required)
            .field("open", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "plan_id", "month")
            .create()
        try await database.schema(ActionUpdateModel.schema)
            .id()
            .field("action_id", .uuid, .required, .references(PlanActionModel.schema, "id", onDelete: .cascade))
            .field("plan_id", .uuid, .required, .references(PlanModel.schema, "id", onDelete: .cascade))
            .field("period_id", .uuid, .required, .references(UpdatePeriodModel.schema, "id", onDelete: .cascade))
            .field("rating", .string, .required)
            .field("narrative", .string, .required)
            .field("evidence_links", .string, .required)
            .field("definitions", .string, .required)
            .field("submitted_by", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("state", .string, .required)
            .field("review_comment", .string)
            .field("reviewed_by", .string)
            .field("corrects_id", .uuid)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionUpdateModel.schema).delete()
        try await database.schema(UpdatePeriodModel.schema).delete()
    }
}
