import Fluent
import SQLKit

/// Each action's standing rating (its newest update that was not returned) kept as a column of
/// `plan_actions`, moved by every write to `action_updates` in the same transaction
/// (`UpdateStore.keepStanding`). Plan pages read it with the actions instead of finding it again
/// for each of a plan's hundreds of actions on every page made (`docs/performance.md`).
struct M0027_KeepStandingRatings: AsyncMigration {
    var name: String { "0027-keep-standing-ratings" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.raw("ALTER TABLE plan_actions ADD COLUMN standing_rating VARCHAR(16)").run()
        try await sql.raw("UPDATE plan_actions SET standing_rating = \(UpdateStore.standingRating)").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.raw("ALTER TABLE plan_actions DROP COLUMN standing_rating").run()
    }
}
