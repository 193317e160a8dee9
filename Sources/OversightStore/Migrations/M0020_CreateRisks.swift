import Fluent
import SQLKit

/// The risk register: each council's scale (definitions and bands), its risks with their three
/// scores, the reviews that move them, and their links to plan actions and board actions.
struct M0020_CreateRisks: AsyncMigration {
    var name: String { "0020-create-risks" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RiskScaleModel.schema)
            .id()
            .field("scale", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .datetime, .required)
            // The id is the council's: one scale each.
            .foreignKey("id", references: CouncilModel.schema, "id", onDelete: .cascade)
            .create()
        try await database.schema(RiskModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("reference", .string, .required)
            .field("title", .string, .required)
            .field("cause", .string, .required)
            .field("event", .string, .required)
            .field("consequence", .string, .required)
            .field("category", .string, .required)
            .field("owner_id", .uuid, .required, .references(PersonModel.schema, "id"))
            .field("raised_on", .string, .required)
            .field("inherent_likelihood", .int, .required)
            .field("inherent_impact", .int, .required)
            .field("current_likelihood", .int, .required)
            .field("current_impact", .int, .required)
            .field("target_likelihood", .int, .required)
            .field("target_impact", .int, .required)
            .field("target_reason", .string)
            .field("controls", .string, .required)
            .field("proximity", .string, .required)
            .field("review_frequency", .string, .required)
            .field("status", .string, .required)
            .field("last_reviewed_on", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "council_id", "reference")
            .create()
        try await database.schema(RiskReviewModel.schema)
            .id()
            .field("risk_id", .uuid, .required, .references(RiskModel.schema, "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("current_likelihood", .int, .required)
            .field("current_impact", .int, .required)
            .field("target_likelihood", .int, .required)
            .field("target_impact", .int, .required)
            .field("commentary", .string, .required)
            .field("reviewer", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(RiskPlanActionModel.schema)
            .id()
            .field("risk_id", .uuid, .required, .references(RiskModel.schema, "id", onDelete: .cascade))
            .field("action_id", .uuid, .required, .references(PlanActionModel.schema, "id", onDelete: .cascade))
            .unique(on: "risk_id", "action_id")
            .create()
        try await database.schema(RiskBoardActionModel.schema)
            .id()
            .field("risk_id", .uuid, .required, .references(RiskModel.schema, "id", onDelete: .cascade))
            .field("board_action_id", .uuid, .required, .references(BoardActionModel.schema, "id", onDelete: .cascade))
            .unique(on: "risk_id", "board_action_id")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "risk_reviews_by_risk").on(RiskReviewModel.schema).column("risk_id").column("date").run()
        }
    }

    func revert(on database: any Database) async throws {
        for schema in [RiskBoardActionModel.schema, RiskPlanActionModel.schema, RiskReviewModel.schema, RiskModel.schema,
                       RiskScaleModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
