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

    public init(kind: String, audience: SearchAudience, bodyID: GoverningBody.ID?, date: CalendarDate?, url: String, heading: String,
                title: String, text: String) {
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
        text.replacingOccurrences(of: markStart, with: "").replacingOccurrences(of: markEnd, with: "")
    }

    /// The generation the council's rows were written at; nil before the first build.
    public static func indexedGeneration(of council: Council.ID, on db: any Database) async throws -> String? {
        let sql = try sqlDatabase(db)
        return try await sql.select().column("generation").from("search_index_state")
            .where("council_id", .equal, council.rawValue.uuidString).first()?.decode(column: "generation", as: String.self)
    }

    /// Replaces the council's rows with `documents`, in one transaction, unless another search has
    /// already written them at `generation` (it waits for that one on PostgreSQL, by the state row's lock).
    public static func replace(_ council: Council.ID, with documents: [SearchDocument], generation: String,
                               on db: any Database) async throws {
        let id = council.rawValue.uuidString
        try await db.transaction { tx in
            let sql = try sqlDatabase(tx)
            try await sql.raw("INSERT INTO search_index_state (council_id, generation) VALUES (\(bind: id), '') ON CONFLICT (council_id) DO NOTHING")
                .run()
            let lock: SQLQueryString = sql.dialect.name == "postgresql"
                ? "SELECT generation FROM search_index_state WHERE council_id = \(bind: id) FOR UPDATE"
                : "SELECT generation FROM search_index_state WHERE council_id = \(bind: id)"
            let stored = try await sql.raw(lock).first()?.decode(column: "generation", as: String.self)
            guard stored != generation else { return }
            try await sql.raw("DELETE FROM search_index WHERE council_id = \(bind: id)").run()
            // A few rows a statement keeps each under SQLite's limit of bound values.
            for batch in stride(from: 0, to: documents.count, by: 50) {
                var insert: SQLQueryString = "INSERT INTO search_index (council_id, audience, kind, body_id, date, url, heading, title, text) VALUES "
                for (index, document) in documents[batch..<min(batch + 50, documents.count)].enumerated() {
                    if index > 0 { insert.appendLiteral(", ") }
                    insert.appendLiteral("(")
                    insert.appendInterpolation(binds: [id, String(document.audience.rawValue), document.kind,
                                                       document.bodyID?.rawValue.uuidString ?? "", document.date?.iso ?? "", document.url,
                                                       clean(document.heading), clean(document.title), clean(document.text)])
                    insert.appendLiteral(")")
                }
                try await sql.raw(insert).run()
            }
            try await sql.raw("UPDATE search_index_state SET generation = \(bind: generation) WHERE council_id = \(bind: id)").run()
        }
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
