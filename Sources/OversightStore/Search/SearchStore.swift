import Fluent
import Foundation
import OversightDomain
import SQLKit

/// Who may find a document: anyone, staff who read the programme, or only people with Part II access.
public enum SearchAudience: Int, Sendable, Comparable, CaseIterable {
    case everyone = 0, staff = 1, partTwo = 2

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One thing search can find, as the index keeps it: what it is, who may find it, where it links,
/// the words it is found by, and the committee and date it is filtered on.
public struct SearchDocument: Sendable, Equatable {
    /// What it is within its part of the index, the same each time it is made: "decision:<id>".
    public var key: String
    public var kind: String
    public var audience: SearchAudience
    public var bodyID: GoverningBody.ID?
    public var date: CalendarDate?
    /// The path of the page it opens.
    public var url: String
    /// What a result is called: "Cabinet, 12 October 2017: decision 1.1".
    public var heading: String
    public var title: String
    public var text: String

    public init(key: String, kind: String, audience: SearchAudience, bodyID: GoverningBody.ID?, date: CalendarDate?, url: String, heading: String,
                title: String, text: String) {
        self.key = key
        self.kind = kind
        self.audience = audience
        self.bodyID = bodyID
        self.date = date
        self.url = url
        self.heading = heading
        self.title = title
        self.text = text
    }
}

public struct SearchQuery: Sendable, Equatable {
    /// Words, each of letters and digits only: every one must be found (after stemming).
    public var words: [String]
    public var reader: SearchAudience
    public var bodyID: GoverningBody.ID?
    public var year: Int?
    public var kind: String?
    public var page: Int
    public var perPage: Int

    public init(words: [String], reader: SearchAudience, bodyID: GoverningBody.ID?, year: Int?, kind: String?, page: Int, perPage: Int) {
        self.words = words
        self.reader = reader
        self.bodyID = bodyID
        self.year = year
        self.kind = kind
        self.page = page
        self.perPage = perPage
    }
}

/// What bringing one part of the index up to date did.
public struct SearchPartWrite: Sendable, Equatable {
    /// Documents written: new ones and changed ones.
    public var written: Int
    /// Documents gone from the part.
    public var removed: Int
    /// Documents left as they were.
    public var unchanged: Int

    public init(written: Int, removed: Int, unchanged: Int) {
        self.written = written
        self.removed = removed
        self.unchanged = unchanged
    }
}

public struct SearchHit: Sendable, Equatable {
    public var kind: String
    public var bodyID: GoverningBody.ID?
    public var date: CalendarDate?
    public var url: String
    public var heading: String
    public var title: String
    /// A passage of the text around the words found, each found word between `SearchStore.markStart`
    /// and `markEnd`; the caller escapes it and then turns the markers into highlighting.
    public var snippet: String
}

/// The full-text index: SQLite FTS5, or PostgreSQL's text search, behind one pair of functions.
public enum SearchStore {
    /// Marks around found words in snippets: private-use characters, removed from every indexed text
    /// so that only the database's own marks are ever read as highlighting.
    public static let markStart = "\u{E000}"
    public static let markEnd = "\u{E001}"

    static func clean(_ text: String) -> String {
        // Both marks are EE 80 8x in UTF-8: text without the byte 0xEE (nearly all) is returned as it is,
        // without Foundation's search, which was a sixth of writing a large part of the index.
        guard text.utf8.contains(0xEE) else { return text }
        return text.replacingOccurrences(of: markStart, with: "").replacingOccurrences(of: markEnd, with: "")
    }

    /// The parts of the council's index and the generation each was written at.
    public static func indexedParts(of council: Council.ID, on db: any Database) async throws -> [String: String] {
        let sql = try sqlDatabase(db)
        var parts: [String: String] = [:]
        for row in try await sql.select().column("part").column("generation").from("search_parts")
            .where("council_id", .equal, council.rawValue.uuidString).all() {
            parts[try row.decode(column: "part", as: String.self)] = try row.decode(column: "generation", as: String.self)
        }
        return parts
    }

    /// Makes one part of the council's index hold `documents`, in one transaction: a document whose
    /// key is gone or whose digest changed is removed, a new or changed one is written, the rest are
    /// left alone. Nothing is done (nil) if another search has already written the part at `generation`.
    public static func write(_ council: Council.ID, part: String, documents: [SearchDocument], generation: String,
                             on db: any Database) async throws -> SearchPartWrite? {
        let id = council.rawValue.uuidString
        // Keys are unique by construction; should two ever meet, the first is kept rather than the write failing.
        let wanted = Dictionary(documents.map { ($0.key, (document: $0, digest: digest($0))) }, uniquingKeysWith: { first, _ in first })
        return try await db.transaction { tx -> SearchPartWrite? in
            let sql = try sqlDatabase(tx)
            let postgres = sql.dialect.name == "postgresql"
            // Row ids are given out below; on PostgreSQL one index write at a time, so none is given twice
            // (SQLite's one connection already makes it so).
            if postgres { try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: advisoryLock))").run() }
            let stored = try await sql.select().column("generation").from("search_parts")
                .where("council_id", .equal, id).where("part", .equal, part).first()?.decode(column: "generation", as: String.self)
            guard stored != generation else { return nil }

            var kept: Set<String> = [], stale: [Int64] = [], staleKeys: [String] = []
            for row in try await sql.select().column("doc_key").column("digest").column("row_id").from("search_entries")
                .where("council_id", .equal, id).where("part", .equal, part).all() {
                let key = try row.decode(column: "doc_key", as: String.self)
                if wanted[key]?.digest == (try row.decode(column: "digest", as: String.self)) {
                    kept.insert(key)
                } else {
                    stale.append(try row.decode(column: "row_id", as: Int64.self))
                    staleKeys.append(key)
                }
            }
            let rowColumn = postgres ? "id" : "rowid"
            for batch in stride(from: 0, to: stale.count, by: 200) {
                let rows = Array(stale[batch..<min(batch + 200, stale.count)])
                try await sql.raw("DELETE FROM search_index WHERE \(unsafeRaw: rowColumn) IN (\(binds: rows))").run()
                try await sql.raw("DELETE FROM search_entries WHERE row_id IN (\(binds: rows))").run()
            }

            let fresh = wanted.filter { !kept.contains($0.key) }.sorted { $0.key < $1.key }
            var next = try await sql.raw("SELECT COALESCE(MAX(row_id), 0) AS top FROM search_entries").first()?
                .decode(column: "top", as: Int64.self) ?? 0
            // A few rows a statement keeps each under SQLite's limit of bound values.
            for batch in stride(from: 0, to: fresh.count, by: 50) {
                var insert: SQLQueryString = "INSERT INTO search_index (\(unsafeRaw: rowColumn), council_id, audience, kind, body_id, date, url, heading, title, text) VALUES "
                var entries: SQLQueryString = "INSERT INTO search_entries (council_id, part, doc_key, digest, row_id) VALUES "
                for (index, (key, value)) in fresh[batch..<min(batch + 50, fresh.count)].enumerated() {
                    next += 1
                    let document = value.document
                    if index > 0 {
                        insert.appendLiteral(", ")
                        entries.appendLiteral(", ")
                    }
                    insert.appendLiteral("(")
                    insert.appendInterpolation(bind: next)
                    insert.appendLiteral(", ")
                    insert.appendInterpolation(binds: [id, String(document.audience.rawValue), document.kind,
                                                       document.bodyID?.rawValue.uuidString ?? "", document.date?.iso ?? "", document.url,
                                                       clean(document.heading), clean(document.title), clean(document.text)])
                    insert.appendLiteral(")")
                    entries.appendLiteral("(")
                    entries.appendInterpolation(binds: [id, part, key, value.digest])
                    entries.appendLiteral(", ")
                    entries.appendInterpolation(bind: next)
                    entries.appendLiteral(")")
                }
                try await sql.raw(insert).run()
                try await sql.raw(entries).run()
            }
            try await sql.raw("""
                INSERT INTO search_parts (council_id, part, generation) VALUES (\(bind: id), \(bind: part), \(bind: generation))
                ON CONFLICT (council_id, part) DO UPDATE SET generation = excluded.generation
                """).run()
            // A changed document's old row goes too, but it is counted as written, not removed.
            return SearchPartWrite(written: fresh.count, removed: staleKeys.filter { wanted[$0] == nil }.count, unchanged: kept.count)
        }
    }

    /// Removes parts of the council's index, rows and all: a plan that is no longer there.
    public static func remove(_ council: Council.ID, parts: [String], on db: any Database) async throws {
        guard !parts.isEmpty else { return }
        let id = council.rawValue.uuidString
        try await db.transaction { tx in
            let sql = try sqlDatabase(tx)
            let rowColumn = sql.dialect.name == "postgresql" ? "id" : "rowid"
            for part in parts {
                try await sql.raw("""
                    DELETE FROM search_index WHERE \(unsafeRaw: rowColumn) IN
                        (SELECT row_id FROM search_entries WHERE council_id = \(bind: id) AND part = \(bind: part))
                    """).run()
                try await sql.raw("DELETE FROM search_entries WHERE council_id = \(bind: id) AND part = \(bind: part)").run()
                try await sql.raw("DELETE FROM search_parts WHERE council_id = \(bind: id) AND part = \(bind: part)").run()
            }
        }
    }

    /// Any number, the same in every process: the lock that keeps PostgreSQL's index writes one at a time.
    private static let advisoryLock = 7_017_001

    /// What identifies a document's indexed content: if it is unchanged, so is the row.
    static func digest(_ document: SearchDocument) -> String {
        // Of the fields as made, before the marks are cleaned out: the same document gives the same digest.
        var bytes: [UInt8] = []
        for field in [document.kind, String(document.audience.rawValue), document.bodyID?.rawValue.uuidString ?? "",
                      document.date?.iso ?? "", document.url, document.heading, document.title, document.text] {
            bytes.append(contentsOf: field.utf8)
            bytes.append(0)
        }
        return sha256Hex(bytes)
    }

    /// One page of what the reader may find, best first, and how many there are in all.
    public static func search(_ council: Council.ID, _ query: SearchQuery, on db: any Database) async throws -> (hits: [SearchHit], total: Int) {
        guard !query.words.isEmpty else { return ([], 0) }
        let sql = try sqlDatabase(db)
        let postgres = sql.dialect.name == "postgresql"
        var filter: SQLQueryString = ""
        filter.appendLiteral(" AND council_id = ")
        filter.appendInterpolation(bind: council.rawValue.uuidString)
        filter.appendLiteral(" AND audience IN (")
        filter.appendInterpolation(binds: SearchAudience.allCases.filter { $0 <= query.reader }.map { String($0.rawValue) })
        filter.appendLiteral(")")
        if let body = query.bodyID {
            filter.appendLiteral(" AND body_id = ")
            filter.appendInterpolation(bind: body.rawValue.uuidString)
        }
        if let year = query.year {
            filter.appendLiteral(" AND date >= ")
            filter.appendInterpolation(bind: "\(year)-01-01")
            filter.appendLiteral(" AND date <= ")
            filter.appendInterpolation(bind: "\(year)-12-31")
        }
        if let kind = query.kind {
            filter.appendLiteral(" AND kind = ")
            filter.appendInterpolation(bind: kind)
        }
        var match: SQLQueryString = ""
        if postgres {
            match.appendLiteral("FROM search_index, plainto_tsquery('english', ")
            match.appendInterpolation(bind: query.words.joined(separator: " "))
            match.appendLiteral(") AS q WHERE document @@ q")
        } else {
            // Each word a quoted string, so nothing typed is read as FTS5's own syntax.
            match.appendLiteral("FROM search_index WHERE search_index MATCH ")
            match.appendInterpolation(bind: query.words.map { "\"\($0)\"" }.joined(separator: " "))
        }
        var count: SQLQueryString = "SELECT count(*) AS found "
        count.appendInterpolation(match)
        count.appendInterpolation(filter)
        let total = try await sql.raw(count).first()?.decode(column: "found", as: Int.self) ?? 0
        guard total > 0 else { return ([], 0) }

        var select: SQLQueryString = "SELECT kind, body_id, date, url, heading, title, "
        if postgres {
            select.appendLiteral("ts_headline('english', text, q, ")
            select.appendInterpolation(bind: "StartSel=\"\(markStart)\", StopSel=\"\(markEnd)\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"")
            select.appendLiteral(") AS snippet ")
        } else {
            select.appendLiteral("snippet(search_index, 8, ")
            select.appendInterpolation(binds: [markStart, markEnd, "…"])
            select.appendLiteral(", 24) AS snippet ")
        }
        select.appendInterpolation(match)
        select.appendInterpolation(filter)
        // The title counts five times the text; ties go to the newest.
        select.appendLiteral(postgres ? " ORDER BY ts_rank_cd('{0.1, 0.1, 0.2, 1.0}', document, q) DESC, date DESC, url"
                                      : " ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 0, 0, 5.0, 1.0), date DESC, url")
        select.appendLiteral(" LIMIT ")
        select.appendInterpolation(literal: query.perPage)
        select.appendLiteral(" OFFSET ")
        select.appendInterpolation(literal: (query.page - 1) * query.perPage)
        let rows = try await sql.raw(select).all()
        let hits = try rows.map { row in
            let body = try row.decode(column: "body_id", as: String.self)
            return SearchHit(kind: try row.decode(column: "kind", as: String.self),
                             bodyID: UUID(uuidString: body).map { .init($0) },
                             date: CalendarDate(iso: try row.decode(column: "date", as: String.self)),
                             url: try row.decode(column: "url", as: String.self),
                             heading: try row.decode(column: "heading", as: String.self),
                             title: try row.decode(column: "title", as: String.self),
                             snippet: try row.decode(column: "snippet", as: String.self))
        }
        return (hits, total)
    }

    private static func sqlDatabase(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        return sql
    }
}
