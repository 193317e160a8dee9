import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// The ways the hardening review found for exempt or unpublished material to reach the wrong
/// reader, each as the reader would meet it.
@Suite("Exempt and unpublished material")
struct ExemptRegressionTests {
    @Test("A risk's page, the register's files and its API leave out a board action raised in private, for those without Part II")
    func riskLinks() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let risk = try await app.demoRisk("Workforce stability", in: council)
            let page = SiteURL.risk(cid, .value(risk.id)).path
            #expect(try await app.get(page, as: Who.board).text.contains(DemoExempt.boardAction.replacingOccurrences(of: "'", with: "'")))
            for who in [Who.viewer, Who.contributor, Who.performance] {
                let text = try await app.get(page, as: who).text
                #expect(!text.contains("rate card"), "\(who) reads the Part II board action on the risk's page")
                #expect(!text.contains("CSIB-2017-09-14-9"))
                #expect(!(try await app.get(SiteURL.risksCSV(cid).path, as: who).text.contains("CSIB-2017-09-14-9")))
                #expect(!(try await app.api(SiteURL.api(.risks).path + "?council=\(council.id)", as: who).text.contains("CSIB-2017-09-14-9")))
            }
            // The board pack's Part I version never carries it either.
            let board = try await app.demoBody("Children's Services Improvement Board", in: council)
            let november = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 11, 9))
            let pack = try await app.get(SiteURL.boardPack(cid, .value(november.id)).path, as: Who.viewer).text
            #expect(!pack.contains("CSIB-2017-09-14-9") && !pack.contains("rate card"))
            let full = try await app.get(SiteURL.boardPack(cid, .value(november.id)).path, as: Who.board).text
            #expect(full.contains("CSIB-2017-09-14-9"))
        }
    }

    @Test("A published agenda shows a report still in draft without its title; a draft agenda shows nothing to the public")
    func meetingPages() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody("Children's Services Improvement Board", in: council)
            let november = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 11, 9))
            let visitor = try await app.get(SiteURL.meeting(cid, .value(november.id)).path, as: nil)
            #expect(visitor.status == .ok)
            #expect(visitor.text.contains("Update for the Scrutiny Committee, January 2018"))
            #expect(!visitor.text.contains(DemoExempt.draftReportTitle))
            let api = try await app.get(SiteURL.api(.meeting(cid, .value(november.id))).path, as: nil).text
            #expect(!api.contains(DemoExempt.draftReportTitle) && !api.contains("\"reportID\""))
            #expect(try await app.get(SiteURL.meeting(cid, .value(november.id)).path, as: Who.viewer).text
                .contains(DemoExempt.draftReportTitle))

            // A meeting scheduled with its agenda still being written: the public see the meeting, not the agenda.
            let scheduled = try await MeetingStore.meetings(in: council.id, on: app.db).first { $0.status == .scheduled }
            let meeting = try #require(scheduled, "the demo has a meeting whose agenda is not yet published")
            let items = try await MeetingStore.items(of: [meeting.id], on: app.db)
            #expect(!items.isEmpty)
            let draft = try await app.get(SiteURL.meeting(cid, .value(meeting.id)).path, as: nil).text
            for item in items { #expect(!draft.contains(item.title), "the draft agenda's \"\(item.title)\" is public") }
            let feed = try await app.get(SiteURL.calendarFeed(cid).path, as: nil).text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(items.contains { $0.title == DemoExempt.draftAgendaItem })
            #expect(!feed.contains(DemoExempt.draftAgendaItem))
            #expect(!(try await app.get(SiteURL.calendar(cid).path + "?from=2017-12", as: nil).text.contains(DemoExempt.draftAgendaItem)))
            let staff = try await app.get(SiteURL.meeting(cid, .value(meeting.id)).path, as: Who.viewer).text
            #expect(items.allSatisfy { staff.contains($0.title) })
        }
    }

    @Test("An item published in Part I cannot be moved to Part II, which would leave it in the public pack")
    func reclassification() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody("Children's Services Improvement Board", in: council)
            let november = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 11, 9))
            let item = try #require(try await MeetingStore.items(of: [november.id], on: app.db).first { $0.position == 3 })
            let response = try await app.post(SiteURL.editAgendaItem(cid, .value(november.id), .value(item.id)).path, form: [
                ("title", item.title), ("part", ReportPart.partII.rawValue), ("paragraph", "3"),
                ("publicInterest", "Now said to be exempt."), ("version", String(item.version)),
            ], as: Who.democratic)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("cannot be moved to Part II now"))
            #expect(try await MeetingStore.item(item.id, of: november.id, on: app.db)?.part == .partI)
        }
    }
}
