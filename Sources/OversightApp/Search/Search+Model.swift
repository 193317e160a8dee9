import Fluent
import OversightDomain
import OversightStore

/// Search as a page shows it: the words and filters asked for, and one page of results, best first,
/// each with a passage where the words were found.
enum Search {
    static let perPage = 20

    struct Query: Equatable {
        var text: String?
        var body: GoverningBody.ID?
        var year: Int?
        var kind: SearchIndexer.Kind?
        var page = 1

        /// The words searched for: runs of letters and digits, lower-cased, at most 12 of 50 characters.
        var words: [String] {
            guard let text else { return [] }
            return text.lowercased().split { !($0.isLetter || $0.isNumber) }.prefix(12).map { String($0.prefix(50)) }
        }

        var isFiltered: Bool { body != nil || year != nil || kind != nil }

        func query(page: Int?) -> [(String, String?)] {
            [("q", text), ("body", body?.description), ("year", year.map(String.init)), ("type", kind?.rawValue),
             ("page", page.flatMap { $0 == 1 ? nil : String($0) })]
        }
    }

    /// A passage of a result: plain text, and the words found, highlighted.
    enum Passage: Equatable { case text(String), found(String) }

    struct Result {
        var kind: String
        var heading: String
        var title: String
        var url: String
        var passage: [Passage]
    }

    struct Model {
        var council: CouncilContext
        var query: Query
        var results: [Result]
        var paging: Paging
        var bodies: [(id: GoverningBody.ID, name: String)]
        var kinds: [SearchIndexer.Kind]
        var years: ClosedRange<Int>
        /// Whether the reader finds the programme's own records (actions, updates, risks).
        var staff: Bool
    }

    static func model(council: Council, query: Query, reader: SearchAudience, today: CalendarDate, on db: any Database) async throws -> Model {
        var results: [Result] = [], total = 0
        if !query.words.isEmpty {
            // Only the parts that hold what the reader may find are brought up to date.
            let kinds = query.kind.map { [$0] } ?? SearchIndexer.Kind.allCases.filter { reader >= .staff || $0.isPublic }
            try await SearchIndexer.refresh(council, kinds: Set(kinds), on: db)
            let found = try await SearchStore.search(council.id, SearchQuery(
                words: query.words, reader: reader, bodyID: query.body, year: query.year, kind: query.kind?.rawValue,
                page: query.page, perPage: perPage), on: db)
            total = found.total
            results = found.hits.map { hit in
                Result(kind: SearchIndexer.Kind(rawValue: hit.kind)?.label ?? hit.kind, heading: hit.heading, title: hit.title, url: hit.url,
                       passage: passage(hit.snippet))
            }
        }
        let staff = reader >= .staff
        return Model(council: council.context, query: query, results: results,
                     paging: Paging(page: query.page, perPage: perPage, total: total),
                     bodies: try await BodyStore.all(in: council.id, on: db).map { ($0.id, $0.name) },
                     kinds: SearchIndexer.Kind.allCases.filter { staff || $0.isPublic },
                     years: 2010...max(2010, today.year + 1), staff: staff)
    }

    /// The snippet's marks made into passages; the marks themselves never reach the page.
    static func passage(_ snippet: String) -> [Passage] {
        var passages: [Passage] = []
        var rest = Substring(snippet)
        while let start = rest.range(of: SearchStore.markStart) {
            if start.lowerBound > rest.startIndex { passages.append(.text(String(rest[..<start.lowerBound]))) }
            rest = rest[start.upperBound...]
            let end = rest.range(of: SearchStore.markEnd)
            passages.append(.found(String(rest[..<(end?.lowerBound ?? rest.endIndex)])))
            rest = end.map { rest[$0.upperBound...] } ?? rest[rest.endIndex...]
        }
        if !rest.isEmpty { passages.append(.text(String(rest.replacingOccurrences(of: SearchStore.markEnd, with: "")))) }
        return passages
    }
}
