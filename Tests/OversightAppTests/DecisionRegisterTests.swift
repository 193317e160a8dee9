import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// The decisions register as a resident, a journalist and democratic services use it.
@Suite("The decisions register")
struct DecisionRegisterTests {
    static func text(_ response: TestingHTTPResponse) -> String {
        response.text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Words only the Part II decision on the agency staffing contract holds.
    static let exemptDecisionWords = ["award of the agency staffing contract", "stability of staff children need"]

    @Test("A visitor reads each Part I decision with its reasons, alternatives, votes and declarations; a Part II one only as exempt")
    func visitor() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let response = try await app.get(SiteURL.decisions(cid).path(query: [("year", "2017")]), as: nil)
            #expect(response.status == .ok)
            let page = Self.text(response)
            #expect(ReportText.inOrder(page, [
                "Cabinet, 12 October 2017: decision 1.1", "Cabinet approved the Continuous Improvement Plan.",
                "The plan sustains and embeds the improvements recognised by the DfE review.",
                "Continuing with the original Improvement Plan alone was considered and rejected",
                "2 for, 0 against, 0 abstentions: carried",
                "Councillor Alan Birch: Other registrable interest: a close family member is a foster carer for the council.",
                "Dispensation: Granted by the Monitoring Officer on 2 October 2017",
                "Cabinet, 12 October 2017: decision 2.1",
                "Exempt from publication (Part II). Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972",
            ]) == nil)
            for words in Self.exemptDecisionWords { #expect(!page.contains(words), "a visitor reads \(words)") }
            #expect(page.contains("Children's Services Scrutiny Committee, 18 January 2017: decision 3.1"))
            // Every public page leads to it.
            #expect(try await app.get(SiteURL.council(cid).path, as: nil).text.contains(SiteURL.decisions(cid).path))
        }
    }

    @Test("Words find a decision by its reasons; they never find an exempt decision for someone without Part II")
    func search() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let found = Self.text(try await app.get(SiteURL.decisions(cid).path(query: [("q", "SUSTAINS embeds")]), as: nil))
            #expect(found.contains("Showing 1 to 1 of 1 decisions"))
            #expect(found.contains("Cabinet approved the Continuous Improvement Plan."))

            let hidden = Self.text(try await app.get(SiteURL.decisions(cid).path(query: [("q", "stability")]), as: nil))
            #expect(hidden.contains("No decisions"))
            #expect(!hidden.contains("Exempt from publication (Part II). Paragraph"))
            let partTwo = Self.text(try await app.get(SiteURL.decisions(cid).path(query: [("q", "stability")]), as: Who.democratic))
            #expect(partTwo.contains("Cabinet approved the award of the agency staffing contract as set out in the report."))
            #expect(partTwo.contains("(Part II)"))

            let nothing = Self.text(try await app.get(SiteURL.decisions(cid).path(query: [("q", "zebra crossing")]), as: nil))
            #expect(nothing.contains("No decisions"))
        }
    }

    @Test("Filters by committee and year, pages through the Board's decisions, and refuses what is not a filter")
    func filters() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody(DemoGovernance.board, in: council)
            let first = Self.text(try await app.get(SiteURL.decisions(cid).path(query: [("body", board.id.description)]), as: nil))
            #expect(first.contains("Showing 1 to 25 of"))
            #expect(!first.contains("Cabinet, 12 October 2017"))
            #expect(first.contains("aria-label=\"Page 2\""))
            let second = Self.text(try await app.get(SiteURL.decisions(cid).path(query: [("body", board.id.description), ("page", "2")]), as: nil))
            #expect(second.contains("Showing 26 to"))
            let year = Self.text(try await app.get(SiteURL.decisions(cid).path(query: [("year", "2016")]), as: nil))
            #expect(!year.contains("2017: decision"))
            #expect(year.contains("2016: decision"))

            for (name, value, message) in [("year", "twenty", "year must be a whole number"), ("body", "cabinet", "body must be one of the council"),
                                           ("page", "-1", "page must be a whole number"), ("q", String(repeating: "a", count: 201), "q must be 200 characters")] {
                let refused = try await app.get(SiteURL.decisions(cid).path(query: [(name, value)]), as: nil)
                #expect(refused.status == .badRequest, "\(name)=\(value)")
                #expect(Self.text(refused).contains(message), "\(name)=\(value)")
            }
        }
    }

    @Test("The API lists the register for anyone, with CORS and ETags; a Part II decision is exempt with its paragraph alone")
    func api() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let path = SiteURL.api(.decisions(cid)).path(query: [("year", "2017"), ("perPage", "5")])
            let response = try await app.get(path, as: nil)
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "Access-Control-Allow-Origin") == "*")
            let etag = try #require(response.headers.first(name: .eTag))
            struct Page: Decodable { var items: [DecisionRecordDTO]; var total: Int; var perPage: Int }
            let page = try JSONDecoder().decode(Page.self, from: Data(response.body.readableBytesView))
            #expect(page.perPage == 5 && page.items.count == 5 && page.total == 16)
            let first = try #require(page.items.first)
            #expect(first.number == "1.1" && first.body.name == "Cabinet" && first.date == "2017-10-12")
            #expect(first.reasons == "The plan sustains and embeds the improvements recognised by the DfE review.")
            #expect(first.votes == Votes(inFavour: 2, against: 0, abstained: 0))
            let exempt = try #require(page.items.first { $0.exempt })
            #expect(exempt.exemptionParagraph == 3 && exempt.text == nil && exempt.reasons == nil && exempt.item == nil)
            for words in Self.exemptDecisionWords { #expect(!response.text.contains(words)) }
            // Polling with the ETag: nothing moved, nothing sent.
            let again = try await app.get(path, headers: ["If-None-Match": etag], as: nil)
            #expect(again.status == .notModified)
            // A token whose holder has Part II access reads it.
            let full = try await app.api(path, as: Who.board)
            for words in Self.exemptDecisionWords { #expect(full.text.contains(words)) }
            #expect(try await app.get(SiteURL.api(.decisions(cid)).path(query: [("year", "1066")]), as: nil).status == .badRequest)
            // An empty choice is the page's "all"; in the API it is a mistake, named.
            let empty = try await app.get(SiteURL.api(.decisions(cid)).path + "?body=", as: nil)
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("body must be the id of one of the council"))
            #expect(try await app.get(SiteURL.decisions(cid).path + "?body=&year=&q=", as: nil).status == .ok)
            // A page that is named but not a number is refused, in the API and on the page.
            for query in ["?page=", "?page%5Bx%5D=1", "?perPage="] {
                let refused = try await app.get(SiteURL.api(.decisions(cid)).path + query, as: nil)
                #expect(refused.status == .badRequest, "\(query)")
                #expect(refused.text.contains("must be a whole number"), "\(query)")
            }
            #expect(try await app.get(SiteURL.decisions(cid).path + "?page=", as: nil).status == .badRequest)
        }
    }
}
