import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import Vapor
import VaporTesting

/// The forward plan of key decisions as a resident reads it and democratic services keep it. The
/// test clock stands at 18 January 2017, so the demo's decisions of October 2017 are still to come.
@Suite("The forward plan of key decisions")
struct ForwardPlanTests {
    static func text(_ response: TestingHTTPResponse) -> String { DecisionRegisterTests.text(response) }

    static func date(_ field: String, _ date: CalendarDate) -> [(String, String)] {
        GovernanceRouteTests.date(field, date.day, date.month, date.year)
    }

    /// A complete form for a key decision on 20 February 2017, notice not yet given.
    static func form(body: GoverningBody, reference: String = "KD/2017/01", matter: String = "Closure of the Brookside children's home",
                     extra: [(String, String)] = []) -> [(String, String)] {
        var fields = [("reference", reference), ("matter", matter), ("summary", "Close the home and move its places to foster care."),
                      ("body", body.id.description), ("documents", "Report of the Director\nConsultation responses"),
                      ("contact", "Jo Bright, Democratic Services, 01632 960100"), ("route", "notice"), ("private", "no")]
        fields += date("decision", CalendarDate(year: 2017, month: 2, day: 20)!)
        // A later field of the same name wins in the form, so `extra` replaces what is above.
        let replaced = Set(extra.map(\.0))
        return fields.filter { !replaced.contains($0.0) } + extra
    }

    @Test("A visitor reads every published key decision: on time, general exception, special urgency and a private meeting's notices; never a draft")
    func visitor() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let response = try await app.get(SiteURL.forwardPlan(cid).path, as: nil)
            #expect(response.status == .ok)
            let page = Self.text(response)
            #expect(ReportText.inOrder(page, [
                "Forward plan of key decisions", "Decisions to come",
                "KD/2017/09: Children's Services Continuous Improvement Plan", "Cabinet", "12 October 2017",
                "Children's Services Continuous Improvement Plan", "Report of the Director of Children's Services",
                "David Okafor, Head of Improvement and Quality Assurance", "8 September 2017",
                "In the forward plan at least 28 clear days before the decision (regulation 9)",
                "KD/2017/10: Children's Social Care Agency Staffing Contract", "No: to be taken in private. Paragraph 3 of Part 1 of Schedule 12A",
                "Representations received", "A resident wrote on 20 September 2017", "Response to the representations",
                "Further notice published", "4 October 2017",
                "KD/2017/11: Regional adoption agency", "General exception (regulation 10): The partner councils agreed the final terms",
                "Councillor Peter Lowe, Chair of the Children's Services Scrutiny Committee was informed on 2 October 2017",
                "KD/2017/12: Emergency residential placements", "Special urgency (regulation 11): A provider closed its home",
                "agreed on 9 October 2017 that the decision is urgent and cannot reasonably be deferred",
            ]) == nil)
            // The draft and democratic services' deadlines are not for the public.
            #expect(!page.contains("KD/2017/13") && !page.contains("budget proposals"))
            #expect(!page.contains("Deadlines") && !page.contains("Add a key decision"))
            // A visitor reaches it from the council's public home and every public page's menu.
            let home = try await app.get(SiteURL.council(cid).path, as: nil).text
            #expect(home.contains("href=\"\(SiteURL.forwardPlan(cid).path)\""))
            #expect(try await app.get(SiteURL.decisions(cid).path, as: nil).text.contains(">Forward plan</a>"))
        }
    }

    @Test("Democratic services see drafts with their deadlines in clear days, and a warning when one is a week away")
    func deadlines() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let page = Self.text(try await app.get(SiteURL.forwardPlan(cid).path, as: Who.democratic))
            #expect(ReportText.inOrder(page, [
                "KD/2017/13: Children's Services budget proposals 2018/19", "Draft", "14 December 2017",
                "Not yet: a draft, seen only by democratic services", "Deadlines",
                "Publish the key decision in the forward plan (28 clear days) (Regulation 9)", "15 November 2017", "Not yet", "301 days left",
            ]) == nil)
            #expect(!page.contains("your attention"))

            // A decision on 20 February 2017 needs its notice by 22 January: 4 days from today.
            let cabinet = try await app.demoBody("Cabinet", in: council)
            let saved = try await app.post(SiteURL.newKeyDecision(cid).path, form: Self.form(body: cabinet), as: Who.democratic)
            #expect(saved.status == .seeOther)
            let warned = Self.text(try await app.get(SiteURL.forwardPlan(cid).path, as: Who.democratic))
            #expect(ReportText.inOrder(warned, [
                "1 deadline needs your attention", "KD/2017/01: Closure of the Brookside children's home",
                "Publish the key decision in the forward plan (28 clear days)", "4 days left", "(due by 22 January 2017)",
                "Decisions to come", "KD/2017/01: Closure of the Brookside children's home",
            ]) == nil)
            // Still a draft: the public does not see it.
            #expect(!Self.text(try await app.get(SiteURL.forwardPlan(cid).path, as: nil)).contains("Brookside"))

            // Published on time, it is met, public, and the warning goes.
            let entry = try #require(try await ForwardPlanStore.entries(in: council.id, includingDrafts: true, on: app.db)
                .first { $0.reference == "KD/2017/01" })
            let published = try await app.post(SiteURL.editKeyDecision(cid, .value(entry.id)).path, form: Self.form(
                body: cabinet, extra: Self.date("published", CalendarDate(year: 2017, month: 1, day: 18)!) + [("version", "1")]),
                as: Who.democratic)
            #expect(published.status == .seeOther)
            let after = Self.text(try await app.get(SiteURL.forwardPlan(cid).path, as: Who.democratic))
            #expect(!after.contains("your attention"))
            #expect(after.contains("18 January 2017"))
            #expect(Self.text(try await app.get(SiteURL.forwardPlan(cid).path, as: nil)).contains("KD/2017/01: Closure of the Brookside children's home"))
        }
    }

    @Test("Each clear-day rule is checked on the form, named on its field with the route that would fit; nothing is written")
    func validation() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let cabinet = try await app.demoBody("Cabinet", in: council)
            let cases: [([(String, String)], String)] = [
                (Self.date("published", CalendarDate(year: 2017, month: 1, day: 25)!),
                 "cannot be dated in the future"),
                (Self.date("decision", CalendarDate(year: 2017, month: 2, day: 1)!) + Self.date("published", CalendarDate(year: 2017, month: 1, day: 10)!),
                 "A notice published on 10 January 2017 is 7 days short of the 28 clear days before 1 February 2017: choose the general exception or special urgency"),
                ([("route", "general-exception"), ("exceptionReason", "Terms agreed late"), ("chairInformed", "Councillor Peter Lowe")]
                    + Self.date("decision", CalendarDate(year: 2017, month: 1, day: 20)!) + Self.date("informed", CalendarDate(year: 2017, month: 1, day: 16)!),
                 "The general exception needs 5 clear days between informing the chair and the decision; 16 January 2017 leaves 3 before 20 January 2017: choose special urgency"),
                ([("route", "special-urgency"), ("urgencyReason", "A home closed")], "Enter who agreed that the decision is urgent"),
                ([("matter", "")], "Enter the matter to be decided"),
                ([("body", UUID().uuidString)], "Select the decision maker from the council's boards and committees"),
                ([("route", "whenever")], "Select how notice of the decision was given"),
                ([("private", "yes"), ("privateReasons", "Prices")], "Select the paragraph of Schedule 12A that makes the meeting private"),
                ([("private", "yes"), ("paragraph", "3"), ("privateReasons", "Prices"), ("representations", "Open it, please")],
                 "Enter the response to the representations received"),
                ([("report", UUID().uuidString)], "Select a report of this council, or leave the report empty"),
                ([("decision-day", "30"), ("decision-month", "2"), ("decision-year", "2017")], "Date of decision must be a real date"),
            ]
            for (fields, message) in cases {
                let refused = try await app.post(SiteURL.newKeyDecision(cid).path, form: Self.form(body: cabinet, extra: fields), as: Who.democratic)
                #expect(refused.status == .unprocessableEntity, "\(message)")
                #expect(Self.text(refused).contains(message), "\(message)")
                // The person's words stay in the form.
                #expect(Self.text(refused).contains("Close the home and move its places to foster care."), "\(message)")
            }
            #expect(try await ForwardPlanStore.entries(in: council.id, includingDrafts: true, on: app.db).count == 5)
            // A reference is the council's to give once.
            let taken = try await app.post(SiteURL.newKeyDecision(cid).path, form: Self.form(body: cabinet, reference: "KD/2017/09"),
                                           as: Who.democratic)
            #expect(taken.status == .unprocessableEntity)
            #expect(Self.text(taken).contains("Another key decision has the reference KD/2017/09"))
        }
    }

    @Test("A stale edit gets 409 and keeps the person's words; only those who manage meetings may write")
    func staleAndRoles() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let cabinet = try await app.demoBody("Cabinet", in: council)
            let entry = try #require(try await ForwardPlanStore.entries(in: council.id, includingDrafts: true, on: app.db)
                .first { $0.reference == "KD/2017/13" })
            let edit = SiteURL.editKeyDecision(cid, .value(entry.id)).path
            let first = try await app.post(edit, form: Self.form(body: cabinet, reference: "KD/2017/13", matter: "Budget 2018/19, first words",
                                                                 extra: [("version", "1")]), as: Who.democratic)
            #expect(first.status == .seeOther)
            let stale = try await app.post(edit, form: Self.form(body: cabinet, reference: "KD/2017/13", matter: "Budget 2018/19, my words",
                                                                 extra: [("version", "1")]), as: Who.admin)
            #expect(stale.status == .conflict)
            #expect(Self.text(stale).contains("Budget 2018/19, my words"))
            #expect(Self.text(stale).contains("Budget 2018/19, first words"))
            #expect(try await ForwardPlanStore.find(entry.id, in: council.id, on: app.db)?.matter == "Budget 2018/19, first words")

            #expect(try await app.get(SiteURL.newKeyDecision(cid).path, as: Who.viewer).status == .forbidden)
            #expect(try await app.post(SiteURL.newKeyDecision(cid).path, form: Self.form(body: cabinet), as: Who.viewer).status == .forbidden)
            #expect(try await app.get(edit, as: nil).status != .ok)
            // An entry of another council, or none, is not found.
            #expect(try await app.get(SiteURL.editKeyDecision(cid, .value(.init(UUID()))).path, as: Who.democratic).status == .notFound)
            // The new form suggests the number after the highest in this year's series.
            #expect(try await app.get(SiteURL.newKeyDecision(cid).path, as: Who.democratic).text.contains("value=\"KD/2017/14\""))
        }
    }

    @Test("The API lists the published forward plan for anyone, with CORS and ETags; a staff token also reads drafts")
    func api() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            struct Page: Decodable { var items: [ForwardPlanEntryDTO]; var total: Int }
            let response = try await app.get(SiteURL.api(.forwardPlan(cid)).path, as: nil)
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "Access-Control-Allow-Origin") == "*")
            let etag = try #require(response.headers.first(name: .eTag))
            let page = try JSONDecoder().decode(Page.self, from: Data(response.body.readableBytesView))
            #expect(page.total == 4 && page.items.allSatisfy { $0.published != nil })
            #expect(page.items.map(\.route.code) == ["notice", "notice", "general-exception", "special-urgency"])
            let exception = try #require(page.items.first { $0.route.code == "general-exception" })
            #expect(exception.route.date == "2017-10-02" && exception.decisionMaker?.name == "Cabinet")
            let closed = try #require(page.items.first { $0.privateMeeting != nil })
            #expect(closed.privateMeeting?.exemptionParagraph == 3 && closed.privateMeeting?.furtherNotice == "2017-10-04")
            #expect(try await app.get(SiteURL.api(.forwardPlan(cid)).path, headers: ["If-None-Match": etag], as: nil).status == .notModified)
            let staff = try JSONDecoder().decode(Page.self, from: Data(try await app.api(SiteURL.api(.forwardPlan(cid)).path, as: Who.viewer)
                .body.readableBytesView))
            #expect(staff.total == 5 && staff.items.contains { $0.published == nil && $0.reference == "KD/2017/13" })
        }
    }
}
