import Foundation
import SQLKit
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import Vapor
import VaporTesting

/// Search as a resident and as council staff use it, on the database the tests run on: SQLite's
/// FTS5 by default, PostgreSQL's text search when `DATABASE_URL` is set.
@Suite("Search")
struct SearchTests {
    static func text(_ response: TestingHTTPResponse) -> String { DecisionRegisterTests.text(response) }

    static func search(_ app: Application, _ council: Council, _ query: [(String, String?)], as who: String?) async throws -> String {
        let response = try await app.get(SiteURL.search(.value(council.id)).path(query: query), as: who)
        #expect(response.status == .ok, "\(query)")
        return text(response)
    }

    @Test("A visitor finds a decision by a word in its reasons, ranked and highlighted, from the box on the public home")
    func decisionByItsReasons() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let home = try await app.get(SiteURL.council(.value(council.id)).path, as: nil).text
            #expect(home.contains("action=\"\(SiteURL.search(.value(council.id)).path)\""))
            // "sustain" finds "sustains": words are stemmed.
            let page = try await Self.search(app, council, [("q", "sustain EMBEDS")], as: nil)
            #expect(ReportText.inOrder(page, [
                "Search results for", "Showing 1 to", "Decision</strong> Cabinet, 12 October 2017: decision 1.1",
                "<mark>sustains</mark>", "<mark>embeds</mark>",
            ]) == nil)
            #expect(page.contains("href=\"\(SiteURL.meeting(.value(council.id), .value(try await Self.cabinetMeeting(app, council))).path)\""))
        }
    }

    @Test("Part II material and the programme's records are found only by those who may read them")
    func whoFindsWhat() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            // Words only the Part II decision on the agency staffing contract holds.
            #expect(try await Self.search(app, council, [("q", "stability of staff children need")], as: nil).contains("No results"))
            let partTwo = try await Self.search(app, council, [("q", "stability of staff children need")], as: Who.democratic)
            #expect(partTwo.contains("Cabinet, 12 October 2017: decision 2.1"))
            // A risk is the programme's: staff find it, the public does not.
            #expect(try await Self.search(app, council, [("q", "daily triage")], as: nil).contains("No results"))
            #expect(try await Self.search(app, council, [("q", "daily triage")], as: Who.viewer).contains("Front door demand"))
            // A draft key decision is democratic services' until its notice is published.
            #expect(try await Self.search(app, council, [("q", "budget proposals")], as: nil).contains("No results"))
            #expect(try await Self.search(app, council, [("q", "budget proposals")], as: Who.democratic).contains("Key decision KD/2017/13"))
            // A visitor may not even ask for the programme's kinds.
            let refused = try await app.get(SiteURL.search(.value(council.id)).path(query: [("q", "risk"), ("type", "risk")]), as: nil)
            #expect(refused.status == .badRequest)
            #expect(Self.text(refused).contains("type must be one of the kinds listed"))
        }
    }

    @Test("Filters by committee, year and type; pages through many results")
    func filtersAndPages() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let board = try await app.demoBody(DemoGovernance.board, in: council)
            let all = try await Self.search(app, council, [("q", "improvement plan")], as: nil)
            #expect(all.contains("Showing 1 to 20 of"))
            #expect(all.contains("aria-label=\"Page 2\""))
            let second = try await Self.search(app, council, [("q", "improvement plan"), ("page", "2")], as: nil)
            #expect(second.contains("Showing 21 to"))
            let boardOnly = try await Self.search(app, council, [("q", "improvement plan"), ("body", board.id.description), ("type", "decision")], as: nil)
            #expect(boardOnly.contains("Children's Services Improvement Board,"))
            #expect(!boardOnly.contains("Cabinet, 12 October 2017"))
            #expect(!boardOnly.contains("ov-tag--grey\">Report<") && boardOnly.contains("ov-tag--grey\">Decision<"))
            let year = try await Self.search(app, council, [("q", "improvement plan"), ("year", "2016")], as: nil)
            #expect(!year.contains("2017: decision") && !year.contains("2017: item"))
            #expect(year.contains("2016"))
            // An empty choice in the form is "any".
            #expect(try await Self.search(app, council, [("q", "improvement"), ("body", ""), ("year", ""), ("type", "")], as: nil).contains("Showing 1 to"))
        }
    }

    @Test("What was just saved is found at once, and what is typed is only ever words: escaped, never query syntax")
    func freshAndHostile() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            #expect(try await Self.search(app, council, [("q", "Brookside")], as: Who.democratic).contains("No results"))
            let cabinet = try await app.demoBody("Cabinet", in: council)
            let saved = try await app.post(SiteURL.newKeyDecision(cid).path, form: ForwardPlanTests.form(body: cabinet, extra: [
                ("summary", "<script>alert(1)</script> Brookside placements & \u{E000}sufficiency\u{E001}"),
            ]), as: Who.democratic)
            #expect(saved.status == .seeOther)
            let found = try await app.get(SiteURL.search(cid).path(query: [("q", "brookside placement")]), as: Who.democratic)
            #expect(found.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Brookside</mark> <mark>placements</mark> &amp; sufficiency"))
            #expect(!found.text.contains("<script>alert"))
            // FTS5's and PostgreSQL's own syntax is read as words.
            for typed in ["\"NEAR(board", "board OR *", "title:board", "board AND NOT plan", "(", "\u{E000}", "'; DROP TABLE search_index; --", "ü"] {
                let response = try await app.get(SiteURL.search(cid).path(query: [("q", typed)]), as: nil)
                #expect(response.status == .ok, "\(typed)")
            }
            for (name, value, message) in [("q", String(repeating: "a", count: 201), "q must be 200 characters"),
                                           ("body", "cabinet", "body must be one of the council"), ("year", "twenty", "year must be a whole number"),
                                           ("page", "-1", "page must be a whole number"), ("type", "everything", "type must be one of the kinds")] {
                let refused = try await app.get(SiteURL.search(cid).path(query: [("q", "board"), (name, value)]), as: nil)
                #expect(refused.status == .badRequest, "\(name)=\(value)")
                #expect(Self.text(refused).contains(message), "\(name)=\(value)")
            }
        }
    }

    @Test("The index is brought up to date in parts: a lead's update writes one document of one plan, and a visitor's search leaves the programme alone")
    func inParts() async throws {
        try await withTestApp { app in
            let d = try await UpdateCycleTests().demo(app)
            let plan = SearchIndexer.planPrefix + d.plan.plan.id.description
            // A visitor's search brings only what a visitor may find up to date.
            let visitor = try await SearchIndexer.refresh(d.council, kinds: Set(SearchIndexer.Kind.allCases.filter(\.isPublic)), on: app.db)
            #expect(Set(visitor.parts.keys) == ["reports", "meetings"])
            let staff = try await SearchIndexer.refresh(d.council, on: app.db)
            #expect(staff.parts["reports"] == nil && staff.parts["meetings"] == nil, "written already, and unchanged")
            #expect(staff.parts["risks"] != nil)
            let written = try #require(staff.parts[plan]).written
            #expect(written > 400, "the plan's actions and updates")
            #expect(try await SearchIndexer.refresh(d.council, on: app.db) == SearchIndexer.Refreshed(), "nothing changed, nothing written")

            let submitted = try await app.post(SiteURL.newUpdate(.value(d.council.id), .value(d.plan.plan.id), .value(d.own.id)).path, form: [
                ("rating", "amber"), ("narrative", "Kinship assessments now start within ten days"),
            ], as: Who.contributor)
            #expect(submitted.status == .seeOther)
            let after = try await SearchIndexer.refresh(d.council, on: app.db)
            #expect(after.parts == [plan: SearchPartWrite(written: 1, removed: 0, unchanged: written)])
            let found = try await Self.search(app, d.council, [("q", "kinship assessments within ten days")], as: Who.contributor)
            #expect(found
                .contains("Update on action \(d.own.reference) (Amber: at risk, waiting for review)"))

            // The index holds each of the council's documents once, and a plan's part that no longer
            // has its plan is removed by the next staff search.
            let gone = SearchIndexer.planPrefix + UUID().uuidString
            _ = try await SearchStore.write(d.council.id, part: gone, documents: [SearchDocument(
                key: "action:x", kind: "action", audience: .staff, bodyID: nil, date: nil, url: "/gone", heading: "Gone", title: "Gone",
                text: "Zanzibar")], generation: "0:0", on: app.db)
            #expect(try await SearchIndexer.refresh(d.council, on: app.db).removed == [gone])
            #expect(try await Self.search(app, d.council, [("q", "zanzibar")], as: Who.democratic).contains("No results"))
            let all = try await SearchIndexer.documents(d.council, on: app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            let rows = try await sql.raw("SELECT count(*) AS n FROM search_index WHERE council_id = \(bind: d.council.id.rawValue.uuidString)")
                .first()?.decode(column: "n", as: Int.self)
            #expect(rows == all.count)
            #expect(Set(all.map(\.key)).count == all.count, "every document's key is its own")
        }
    }

    static func cabinetMeeting(_ app: Application, _ council: Council) async throws -> Meeting.ID {
        let cabinet = try await app.demoBody("Cabinet", in: council)
        return try await app.demoMeeting(of: cabinet, on: CalendarDate(year: 2017, month: 10, day: 12)!).id
    }
}
