import Fluent
import SQLKit

/// The full-text index behind search: an FTS5 table on SQLite, a table with a weighted `tsvector`
/// and a GIN index on PostgreSQL. It holds nothing of its own: `SearchStore.replace` rebuilds a
/// council's rows from the data whenever the council has changed since they were written
/// (`search_index_state` keeps the generation they were written at).
struct M0032_CreateSearchIndex: AsyncMigration {
    var name: String { "0032-create-search-index" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE TABLE search_index (
                    council_id TEXT NOT NULL, audience TEXT NOT NULL, kind TEXT NOT NULL, body_id TEXT NOT NULL,
                    date TEXT NOT NULL, url TEXT NOT NULL, heading TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
                    document tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B')) STORED)
                """).run()
            try await sql.raw("CREATE INDEX search_index_document ON search_index USING GIN (document)").run()
            try await sql.raw("CREATE INDEX search_index_council ON search_index (council_id)").run()
        } else {
            // Porter stemming over Unicode words with accents folded: "placements" finds "placement",
            // "Café" finds "cafe".
            try await sql.raw("""
                CREATE VIRTUAL TABLE search_index USING fts5(
                    council_id UNINDEXED, audience UNINDEXED, kind UNINDEXED, body_id UNINDEXED, date UNINDEXED,
                    url UNINDEXED, heading UNINDEXED, title, text,
                    tokenize = 'porter unicode61 remove_diacritics 2')
                """).run()
        }
        try await sql.raw("CREATE TABLE search_index_state (council_id TEXT PRIMARY KEY, generation TEXT NOT NULL)").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE search_index_state").run()
        try await sql.raw("DROP TABLE search_index").run()
    }
}
