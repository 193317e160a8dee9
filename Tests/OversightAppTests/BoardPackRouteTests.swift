import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import Vapor
import VaporTesting

@Suite("Board packs")
struct BoardPackRouteTests {
    @Test("A draft pack is built from the data as it stands; publishing the agenda freezes it, and it never changes after")
    func freezing() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody(DemoGovernance.board, in: council)
            #expect(try await app.post(SiteURL.newMeeting(cid).path, form: [("body", board.id.description), ("time", "10:00"),
                                                                           ("place", "Committee Room A")]
                                       + GovernanceRouteTests.date("date", 2, 2, 2017), as: Who.democratic).status == .seeOther)
            let meeting = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 2, 2))
            let mid = Parameter.value(meeting.id)
            for form in [[("title", "Progress and exceptions"), ("part", "part-i")],
                         [("title", "Staffing contract"), ("part", "part-ii"), ("paragraph", "3"), ("publicInterest", "Commercial negotiations")]] {
                #expect(try await app.post(SiteURL.newAgendaItem(cid, mid).path, form: form, as: Who.democratic).status == .seeOther)
            }
            let draft = try await app.get(SiteURL.boardPack(cid, mid).path, as: Who.board)
            #expect(draft.status == .ok)
            #expect(draft.text.contains("Draft: built from the information as it stands today"))
            #expect(draft.text.contains(##"<a href="#section-2">Minutes of the previous meeting</a>"##))
            // The previous meeting is the board's of 12 January 2017, with its minutes and decisions.
            #expect(draft.text.contains("Minutes of the meeting on Thursday, 12 January 2017, 10am"))
            #expect(draft.text.contains("Staffing contract") && draft.text.contains("Not for publication"))
            #expect(draft.text.contains("Children&#39;s Services Improvement Plan") || draft.text.contains("Children's Services Improvement Plan"))
            let partOne = try await app.get(SiteURL.boardPack(cid, mid).path, as: Who.viewer)
            #expect(partOne.text.contains("Progress and exceptions") && !partOne.text.contains("Staffing contract"))
            #expect(try await app.get(SiteURL.meeting(cid, mid).path, as: Who.board).text.contains("Read the draft board pack"))

            let publish = try await app.post(SiteURL.meetingTransition(cid, mid).path,
                                             form: [("event", "publish-agenda"), ("version", String(meeting.version))], as: Who.democratic)
            #expect(publish.status == .seeOther)
            let frozen = try #require(try await BoardPackStore.find(meeting.id, on: app.db))
            #expect(frozen.builtOn == DemoPlan.date(2017, 1, 18) && frozen.intact)
            #expect(frozen.full.contains("Staffing contract") && !frozen.partOne.contains("Staffing contract"))

            // A supplementary item added after publication is on the meeting's page, not in the frozen pack.
            #expect(try await app.post(SiteURL.newAgendaItem(cid, mid).path, form: [("title", "Supplementary: DfE letter"), ("part", "part-i")],
                                       as: Who.democratic).status == .seeOther)
            let after = try await app.get(SiteURL.boardPack(cid, mid).path, as: Who.board)
            #expect(after.text.contains("Frozen when the agenda was published on 18 January 2017"))
            #expect(!after.text.contains("Supplementary: DfE letter") && after.text.contains("Progress and exceptions"))
            #expect(try await BoardPackStore.find(meeting.id, on: app.db)?.full == frozen.full)

            let word = try await app.get(SiteURL.boardPackDocx(cid, mid).path, as: Who.board)
            #expect(word.status == .ok)
            #expect(word.headers.first(name: .contentDisposition)?.contains("2017-02-02-childrens-services-improvement-board-pack-not-for-publication.docx") == true)
            let text = try ReportText.docxText(Data(buffer: word.body))
            #expect(text.contains("Staffing contract") && text.contains("1. Agenda"))
            let publicWord = try await app.get(SiteURL.boardPackDocx(cid, mid).path, as: Who.viewer)
            let publicText = try ReportText.docxText(Data(buffer: publicWord.body))
            #expect(publicText.contains("Progress and exceptions") && !publicText.contains("Staffing contract"))
            if PDFPrinter.chromium != nil {
                let pdf = try await app.get(SiteURL.boardPackPDF(cid, mid).path, as: Who.board)
                #expect(pdf.status == .ok)
                #expect(pdf.body.getString(at: 0, length: 5) == "%PDF-")
            }
            // Packs are for signed-in readers; a visitor is asked to sign in.
            #expect(try await app.get(SiteURL.boardPack(cid, mid).path, as: nil).status == .seeOther)
        }
    }

    @Test("Meetings published before packs were kept, and cancelled ones, say why they have no pack")
    func noPack() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody(DemoGovernance.board, in: council)
            let january = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 1, 12))
            let old = try await app.get(SiteURL.boardPack(cid, .value(january.id)).path, as: Who.board)
            #expect(old.status == .notFound)
            #expect(old.text.contains("its agenda was published before Oversight froze board packs"))
            #expect(!(try await app.get(SiteURL.meeting(cid, .value(january.id)).path, as: Who.board)).text.contains("board pack"))

            #expect(try await app.post(SiteURL.newMeeting(cid).path, form: [("body", board.id.description), ("time", "10:00"), ("place", "Hall")]
                                       + GovernanceRouteTests.date("date", 20, 2, 2017), as: Who.democratic).status == .seeOther)
            let cancelled = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 2, 20))
            #expect(try await app.post(SiteURL.meetingTransition(cid, .value(cancelled.id)).path,
                                       form: [("event", "cancel"), ("version", "1"), ("cancelReason", "Not quorate")], as: Who.democratic)
                .status == .seeOther)
            let none = try await app.get(SiteURL.boardPackDocx(cid, .value(cancelled.id)).path, as: Who.board)
            #expect(none.status == .notFound && none.text.contains("This meeting was cancelled, so it has no board pack."))
        }
    }

    @Test("The demo's board meeting of 9 November 2017 has its pack, frozen when its agenda was published")
    func demo() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody(DemoGovernance.board, in: council)
            let november = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 11, 9))
            let pack = try await app.get(SiteURL.boardPack(cid, .value(november.id)).path, as: Who.board)
            #expect(pack.status == .ok)
            #expect(pack.text.contains("Frozen when the agenda was published on 1 November 2017"))
            #expect(pack.text.contains("Minutes of the meeting on Thursday, 12 October 2017, 10am"))
            #expect(pack.text.contains("draft, for approval as a correct record at this meeting"))
            #expect(pack.text.contains("Children&#39;s Services Continuous Improvement Plan") || pack.text.contains("Children's Services Continuous Improvement Plan"))
            #expect(pack.text.contains("Performance scorecard") && pack.text.contains("CSIB-2017-10-12-1"))
        }
    }
}
