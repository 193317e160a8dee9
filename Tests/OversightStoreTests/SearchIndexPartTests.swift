import Fluent
import Foundation
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing

/// The search index is written part by part, and within a part only what changed is written again:
/// on SQLite's FTS5 and on PostgreSQL's text search alike.
@Suite("Search index parts")
struct SearchIndexPartTests {
    static func document(_ key: String, _ text: String) -> SearchDocument {
        SearchDocument(key: key, kind: "risk", audience: .staff, bodyID: nil, date: nil, url: "/risks/\(key)",
                       heading: "Risk \(key)", title: "Risk \(key)", text: text)
    }

    static func found(_ council: Council.ID, _ words: String, on db: any Database) async throws -> [String] {
        let query = SearchQuery(words: words.split(separator: " ").map(String.init), reader: .partTwo, bodyID: nil, year: nil,
                                kind: nil, page: 1, perPage: 50)
        return try await SearchStore.search(council, query, on: db).hits.map(\.url).sorted()
    }

    static func rows(_ council: Council.ID, on db: any Database) async throws -> Int {
        let query = SearchQuery(words: ["risk"], reader: .partTwo, bodyID: nil, year: nil, kind: nil, page: 1, perPage: 1)
        return try await SearchStore.search(council, query, on: db).total
    }

    @Test("A part written again keeps what is unchanged, writes what is new or changed, and drops what is gone")
    func onlyWhatChanged() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID()), other = Council.ID(UUID())
            let first = try await SearchStore.write(council, part: "risks", documents: [
                Self.document("a", "Agency staffing"), Self.document("b", "Bed shortage"), Self.document("c", "Caseloads high"),
            ], generation: "1:1", on: db)
            #expect(first == SearchPartWrite(written: 3, removed: 0, unchanged: 0))
            _ = try await SearchStore.write(other, part: "risks", documents: [Self.document("a", "Agency staffing")], generation: "1:1", on: db)
            // The same generation again: another search has written it already.
            #expect(try await SearchStore.write(council, part: "risks", documents: [], generation: "1:1", on: db) == nil)

            let second = try await SearchStore.write(council, part: "risks", documents: [
                Self.document("a", "Agency staffing"), Self.document("b", "Bed sufficiency"), Self.document("d", "Drift in planning"),
            ], generation: "1:2", on: db)
            #expect(second == SearchPartWrite(written: 2, removed: 1, unchanged: 1))
            #expect(try await SearchStore.indexedParts(of: council, on: db) == ["risks": "1:2"])
            #expect(try await Self.found(council, "bed", on: db) == ["/risks/b"])
            #expect(try await Self.found(council, "shortage", on: db).isEmpty, "the changed document's old words are gone")
            #expect(try await Self.found(council, "caseloads", on: db).isEmpty, "the document no longer there is gone")
            #expect(try await Self.found(council, "drift", on: db) == ["/risks/d"])
            #expect(try await Self.rows(council, on: db) == 3, "no row is left twice")
            #expect(try await Self.found(other, "agency", on: db) == ["/risks/a"], "another council's part is its own")
        }
    }

    @Test("Parts are separate: writing or removing one leaves the others as they were")
    func partsApart() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID())
            _ = try await SearchStore.write(council, part: "plan:1", documents: [Self.document("x", "Audit of supervision")],
                                            generation: "1:1", on: db)
            _ = try await SearchStore.write(council, part: "plan:2", documents: [Self.document("x", "Audit of return interviews")],
                                            generation: "1:1", on: db)
            #expect(try await Self.found(council, "audit", on: db).count == 2, "the same key in two parts is two documents")
            try await SearchStore.remove(council, parts: ["plan:1"], on: db)
            #expect(try await Self.found(council, "audit", on: db).count == 1)
            #expect(try await Self.found(council, "supervision", on: db).isEmpty)
            #expect(try await SearchStore.indexedParts(of: council, on: db) == ["plan:2": "1:1"])
            let again = try await SearchStore.write(council, part: "plan:1", documents: [Self.document("x", "Audit of supervision")],
                                                    generation: "1:1", on: db)
            #expect(again == SearchPartWrite(written: 1, removed: 0, unchanged: 0), "a removed part is written whole again")
        }
    }
}
