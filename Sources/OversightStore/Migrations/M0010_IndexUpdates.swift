import Fluent
import SQLKit

/// Indexes for the queries plan pages make at scale: each action's newest update, how many
/// reported in each period, and a plan's actions, links and files.
struct M0010_IndexUpdates: AsyncMigration {
    var name: String { "0010-index-updates" }

    /// Name, table and column list as SQL. Both SQLite and PostgreSQL read this syntax. The first
    /// two cover the summary queries, so they read the index only, never the update rows (which
    /// carry narratives); DESC matches "newest first" so no sort is needed.
    static let indexes: [(name: String, table: String, columns: String)] = [
        ("action_updates_newest", "action_updates", "action_id, submitted_at DESC, id DESC, state, rating"),
        ("action_updates_period", "action_updates", "period_id, state, action_id"),
        ("action_updates_plan", "action_updates", "plan_id, submitted_at"),
        ("plan_actions_plan", "plan_actions", "plan_id"),
        ("plan_actions_carried_from", "plan_actions", "carried_from_id"),
        ("action_recommendations_recommendation", "action_recommendations", "recommendation_id"),
        ("evidence_files_plan", "evidence_files", "plan_id"),
        ("action_milestones_action", "action_milestones", "action_id"),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.raw("CREATE INDEX \(ident: index.name) ON \(ident: index.table) (\(unsafeRaw: index.columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
    }
}
