import Fluent
import SQLKit

/// Indexes for the queries plan pages make at scale: an action's newest update, a period's
/// updates, and a plan's actions and files.
struct M0010_IndexUpdates: AsyncMigration {
    var name: String { "0010-index-updates" }

    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("action_updates_plan_action_time", "action_updates", ["plan_id", "action_id", "submitted_at"]),
        ("action_updates_period", "action_updates", ["period_id", "action_id"]),
        ("action_updates_action", "action_updates", ["action_id"]),
        ("plan_actions_plan", "plan_actions", ["plan_id"]),
        ("plan_actions_carried_from", "plan_actions", ["carried_from_id"]),
        ("action_recommendations_recommendation", "action_recommendations", ["recommendation_id"]),
        ("evidence_files_plan", "evidence_files", ["plan_id"]),
        ("action_milestones_action", "action_milestones", ["action_id"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
    }
}
