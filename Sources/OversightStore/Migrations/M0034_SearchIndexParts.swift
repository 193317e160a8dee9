import Fluent
import SQLKit

/// The search index in parts (ADR 0017): a council's reports, its meetings and forward plan, its
/// risks and each of its plans are brought up to date separately, and only the documents that
/// changed are written again. `search_parts` keeps the generation each part was written at;
/// `search_entries` keeps, for every indexed document, its key in the part, a digest of what was
/// indexed and the row it has in `search_index`. The index is derived, so its rows are emptied
/// here and rebuilt by the next search.
struct M0034_SearchIndexParts: AsyncMigration {
    var name: String { "0034-search-index-parts" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.raw("DROP TABLE search_index_state").run()
        try await sql.raw("DELETE FROM search_index").run()
        if sql.dialect.name == "postgresql" {
            // SQLite's FTS5 table has its rowid; PostgreSQL's table gets an id to match.
            try await sql.raw("ALTER TABLE search_index ADD COLUMN id BIGINT PRIMARY KEY").run()
        }
        try await sql.raw("""
            CREATE TABLE search_parts (council_id TEXT NOT NULL, part TEXT NOT NULL, generation TEXT NOT NULL,
                                       PRIMARY KEY (council_id, part))
            """).run()
        try await sql.raw("""
            CREATE TABLE search_entries (council_id TEXT NOT NULL, part TEXT NOT NULL, doc_key TEXT NOT NULL,
                                         digest TEXT NOT NULL, row_id BIGINT NOT NULL, PRIMARY KEY (council_id, part, doc_key))
            """).run()
        try await sql.raw("CREATE UNIQUE INDEX search_entries_row ON search_entries (row_id)").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE search_entries").run()
        try await sql.raw("DROP TABLE search_parts").run()
        try await sql.raw("DELETE FROM search_index").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE search_index DROP COLUMN id").run()
        }
        try await sql.raw("CREATE TABLE search_index_state (council_id TEXT PRIMARY KEY, generation TEXT NOT NULL)").run()
    }
}
