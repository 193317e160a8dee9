import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("The calendar, its feeds and the public pages of meetings")
struct CalendarRouteTests {
    /// Only the exempt (Part II) item of Cabinet's meeting of 12 October 2017 says this.
    static let exemptDecision = "Cabinet approved the award of the agency staffing contract"

    @Test("The calendar shows meetings and papers deadlines to everyone, and the programme's own deadlines to staff")
    func page() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let url = SiteURL.calendar(cid).path
            let visitor = try await app.get(url + "?from=2017-10", as: nil)
            #expect(visitor.status == .ok)
            #expect(visitor.text.contains("October 2017 to December 2017"))
            #expect(visitor.text.contains("Thursday, 12 October 2017, 2pm") && visitor.text.contains("Papers due: Cabinet, 12 October 2017"))
            #expect(visitor.text.contains("Published on 1 November 2017"))
            #expect(!visitor.text.contains("Updates due"))
            let staff = try await app.get(url + "?from=2017-10", as: Who.programmeManager)
            #expect(staff.text.contains("Updates due: Children") && staff.text.contains("Improvement Plan, October 2017"))
            // This month (January 2017 by the test clock) has the Scrutiny meeting of 18 January.
            let now = try await app.get(url, as: Who.viewer)
            #expect(now.text.contains("January 2017 to March 2017") && now.text.contains("Wednesday, 18 January 2017, 10:30am"))
            let empty = try await app.get(url + "?from=2030-01", as: Who.viewer)
            #expect(empty.text.contains("The last meeting before them was on 14 December 2017"))
            let bad = try await app.get(url + "?from=October", as: Who.viewer)
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("from must be a month written as year and month, such as 2017-10"))
        }
    }

    @Test("The feeds are valid iCalendar, public, per body, and never carry Part II")
    func feeds() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let feed = try await app.get(SiteURL.calendarFeed(cid).path, as: nil)
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.description.hasPrefix("text/calendar") == true)
            #expect(ICalendarLint.problems(feed.text) == [])
            #expect(feed.text.contains("SUMMARY:Cabinet\r\n") && feed.text.contains("SUMMARY:Children's Services Improvement Board"))
            let unfolded = feed.text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(unfolded.contains("Cabinet approved the Continuous Improvement Plan."))
            #expect(!unfolded.contains(Self.exemptDecision) && !unfolded.contains("agency staffing contract"))
            #expect(!unfolded.contains("Updates due"))
            let board = try await app.get(SiteURL.calendarFeed(cid).path, as: Who.board)
            let boardText = board.text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(boardText.contains(Self.exemptDecision) && boardText.contains("Updates due"))
            #expect(ICalendarLint.problems(board.text) == [])

            let cabinet = try await app.demoBody("Cabinet", in: council)
            let own = try await app.get(SiteURL.bodyCalendarFeed(cid, .value(cabinet.id)).path, as: nil)
            #expect(ICalendarLint.problems(own.text) == [])
            #expect(own.text.contains("X-WR-CALNAME:Cabinet\\, Northshire County Council"))
            #expect(own.text.contains("SUMMARY:Cabinet") && !own.text.contains("Improvement Board\r\n"))
        }
    }

    @Test("Anyone can read a meeting's Part I agenda, minutes and decisions, on its page and in the API")
    func publicMeeting() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let cabinet = try await app.demoBody("Cabinet", in: council)
            let meeting = try await app.demoMeeting(of: cabinet, on: DemoPlan.date(2017, 10, 12))
            let page = try await app.get(SiteURL.meeting(cid, .value(meeting.id)).path, as: nil)
            #expect(page.status == .ok)
            #expect(page.text.contains("Cabinet approved the Continuous Improvement Plan.") && !page.text.contains(Self.exemptDecision))
            #expect(!page.text.contains("board pack"))
            let bodies = try await app.get(SiteURL.bodies(cid).path, as: nil)
            #expect(bodies.status == .ok && !bodies.text.contains("Action log"))

            let list = try await app.get(SiteURL.api(.meetings(cid)).path + "?body=\(cabinet.id)", as: nil)
            #expect(list.status == .ok)
            struct Page: Decodable { var items: [MeetingDTO]; var total: Int }
            let listed = try JSONDecoder().decode(Page.self, from: Data(buffer: list.body))
            #expect(listed.total == 1 && listed.items.first?.papersDueBy == "2017-10-04")
            let one = try await app.get(SiteURL.api(.meeting(cid, .value(meeting.id))).path, as: nil)
            let dto = try JSONDecoder().decode(MeetingDTO.self, from: Data(buffer: one.body))
            #expect(dto.decisions?.map(\.text) == ["Cabinet approved the Continuous Improvement Plan."])
            #expect(dto.agenda?.allSatisfy { $0.part.code == "part-i" } == true)
            let full = try await app.api(SiteURL.api(.meeting(cid, .value(meeting.id))).path, as: Who.board)
            #expect(try JSONDecoder().decode(MeetingDTO.self, from: Data(buffer: full.body)).decisions?.count == 2)
            let bad = try await app.get(SiteURL.api(.meetings(cid)).path + "?body=cabinet", as: nil)
            #expect(bad.status == .badRequest && bad.text.contains("body must be the id of a board or committee, not cabinet"))
        }
    }
}
