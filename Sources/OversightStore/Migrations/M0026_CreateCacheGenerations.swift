import Fluent
import SQLKit

/// One generation number per part of the data a cached page can show (a council, a plan, a
/// council's scorecard or register, who is signed in), moved by every change to that part in the
/// change's own transaction (`CacheScope`). A page is kept under the generations of what it shows,
/// so a change empties only the pages that show what it touched (ADR 0011). A row appears the first
/// time its part changes; a missing row reads as 0.
struct M0026_CreateCacheGenerations: AsyncMigration {
    var name: String { "0026-create-cache-generations" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.raw("CREATE TABLE cache_generations (scope VARCHAR(64) PRIMARY KEY, generation BIGINT NOT NULL)").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.raw("DROP TABLE cache_generations").run()
    }
}
