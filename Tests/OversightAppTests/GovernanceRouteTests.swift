import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import Vapor
import VaporTesting

extension Application {
    func demoBody(_ name: String, in council: Council) async throws -> GoverningBody {
        try #require(try await BodyStore.all(in: council.id, on: db).first { $0.name == name })
    }

    func demoMeeting(of body: GoverningBody, on date: CalendarDate) async throws -> Meeting {
        try #require(try await MeetingStore.meetings(in: body.councilID, body: body.id, on: db).first { $0.date == date })
    }
}

@Suite("Boards, committees and their meetings")
struct GovernanceRouteTests {
    static func date(_ field: String, _ day: Int, _ month: Int, _ year: Int) -> [(String, String)] {
        [("\(field)-day", String(day)), ("\(field)-month", String(month)), ("\(field)-year", String(year))]
    }

    @Test("Democratic services add a board and its members; bad input is named on its field and writes nothing")
    func bodies() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let form = [("name", "Corporate Parenting Panel"), ("kind", "other"), ("quorum", "3"), ("termsOfReference", "- Listens to children in care")]
            #expect(try await app.post(SiteURL.newBody(cid).path, form: form, as: Who.viewer).status == .forbidden)
            let bad = try await app.post(SiteURL.newBody(cid).path, form: [("kind", "club"), ("quorum", "many")], as: Who.democratic)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Enter the body"))
            #expect(bad.text.contains("Select what kind of body it is"))
            #expect(bad.text.contains("Quorum must be a whole number of members from 1 to 99"))
            let taken = try await app.post(SiteURL.newBody(cid).path, form: [("name", "Cabinet"), ("kind", "cabinet"), ("quorum", "3")],
                                           as: Who.democratic)
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.text.contains("A board or committee called Cabinet exists already"))
            #expect(try await BodyStore.all(in: council.id, on: app.db).count == 3)
            #expect(try await app.post(SiteURL.newBody(cid).path, form: form, as: Who.democratic).status == .seeOther)
            let panel = try await app.demoBody("Corporate Parenting Panel", in: council)
            let person = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "Sarah Whitlock" })
            let noDate = try await app.post(SiteURL.bodyMembers(cid, .value(panel.id)).path,
                                            form: [("person", person.id.description), ("role", "chair")], as: Who.democratic)
            #expect(noDate.status == .unprocessableEntity)
            #expect(noDate.text.contains("Enter the date they joined"))
            let added = try await app.post(SiteURL.bodyMembers(cid, .value(panel.id)).path,
                                           form: [("person", person.id.description), ("role", "chair")] + Self.date("from", 1, 2, 2017),
                                           as: Who.democratic)
            #expect(added.status == .seeOther)
            let twice = try await app.post(SiteURL.bodyMembers(cid, .value(panel.id)).path,
                                           form: [("person", person.id.description), ("role", "member")] + Self.date("from", 1, 3, 2017),
                                           as: Who.democratic)
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.text.contains("This person has been a member since 1 February 2017"))
            let seat = try #require(try await BodyStore.members(of: panel.id, on: app.db).first)
            let early = try await app.post(SiteURL.endMembership(cid, .value(panel.id), .value(seat.id)).path,
                                           form: Self.date("until", 31, 1, 2017), as: Who.democratic)
            #expect(early.text.contains("Last day as a member must be on or after 1 February 2017, when the membership began"))
            #expect(try await BodyStore.members(of: panel.id, on: app.db).map(\.until) == [nil])
            let page = try await app.get(SiteURL.body(cid, .value(panel.id)).path, as: Who.viewer)
            #expect(page.text.contains("Listens to children in care"))
            #expect(page.text.contains("Sarah Whitlock"))
            #expect(try await AuditStore.list(.init(action: "body.member.add"), limit: 5, on: app.db).total == 1)
        }
    }

    @Test("A meeting from scheduling to approved minutes; every refusal has its reason and changes nothing")
    func lifecycle() async throws {
        let clock = TestClock()
        try await withTestApp(clock: clock) { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody(DemoGovernance.board, in: council)
            let details = [("body", board.id.description), ("time", "2:30pm"), ("place", "Online (Microsoft Teams)")]
            let past = try await app.post(SiteURL.newMeeting(cid).path, form: details + Self.date("date", 5, 1, 2017), as: Who.democratic)
            #expect(past.status == .unprocessableEntity)
            #expect(past.text.contains("Date of the meeting must be today or in the future: 5 January 2017 has passed"))
            let badTime = try await app.post(SiteURL.newMeeting(cid).path, form: [("body", board.id.description), ("time", "25:00"), ("place", "Hall")]
                                             + Self.date("date", 2, 2, 2017), as: Who.democratic)
            #expect(badTime.text.contains("Start time must be a time of day like 10:00, 14:30 or 2:30pm"))
            #expect(try await MeetingStore.meetings(in: council.id, body: board.id, on: app.db).count == 24)
            #expect(try await app.post(SiteURL.newMeeting(cid).path, form: details + Self.date("date", 2, 2, 2017), as: Who.democratic).status == .seeOther)
            var meeting = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 2, 2))
            #expect(meeting.time.label == "2:30pm")
            let mid = Parameter.value(meeting.id)

            let exempt = try await app.post(SiteURL.newAgendaItem(cid, mid).path, form: [("title", "Staffing contract"), ("part", "part-ii")],
                                            as: Who.democratic)
            #expect(exempt.status == .unprocessableEntity)
            #expect(exempt.text.contains("Select the paragraph of Schedule 12A that makes the item exempt"))
            for form in [[("title", "Progress and exceptions"), ("part", "part-i"), ("papers", "Progress report\nScorecard")],
                         [("title", "Staffing contract"), ("part", "part-ii"), ("paragraph", "3"), ("publicInterest", "Commercial negotiations")]] {
                #expect(try await app.post(SiteURL.newAgendaItem(cid, mid).path, form: form, as: Who.democratic).status == .seeOther)
            }
            let page = try await app.get(SiteURL.meeting(cid, mid).path, as: Who.democratic)
            #expect(page.text.contains("Wednesday, 25 January 2017"))
            let items = try await MeetingStore.record(meeting, body: board, on: app.db).items
            let (progress, contract) = (items[0], items[1])

            func move(_ event: String, _ extra: [(String, String)] = []) async throws -> TestingHTTPResponse {
                meeting = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 2, 2))
                return try await app.post(SiteURL.meetingTransition(cid, mid).path,
                                          form: [("event", event), ("version", String(meeting.version))] + extra, as: Who.democratic)
            }
            #expect(try await move("publish-agenda").status == .seeOther)
            let early = try await move("hold")
            #expect(early.status == .unprocessableEntity)
            #expect(early.text.contains("The meeting cannot be recorded as held before Thursday, 2 February 2017"))
            let closedMinute = try await app.post(SiteURL.itemMinutes(cid, mid, .value(progress.id)).path,
                                                  form: [("discussion", "Too soon"), ("version", "1")], as: Who.democratic)
            #expect(closedMinute.text.contains("Minutes are written once the meeting is held; this meeting is agenda published"))
            clock.advance(minutes: 15 * 24 * 60)
            app.storage[TestSessionsKey.self] = [:] // the old session has long expired: sign in again
            #expect(try await move("hold").status == .seeOther)

            let minuteURL = SiteURL.itemMinutes(cid, mid, .value(progress.id)).path
            #expect(try await app.post(minuteURL, form: [("discussion", "The Board reviewed the exceptions."), ("version", "1")],
                                       as: Who.democratic).status == .seeOther)
            let stale = try await app.post(minuteURL, form: [("discussion", "My other wording"), ("version", "1")], as: Who.programmeManager)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("My other wording") && stale.text.contains("The Board reviewed the exceptions."))
            let noReasons = try await app.post(SiteURL.itemDecisions(cid, mid, .value(progress.id)).path,
                                               form: [("text", "Noted the report"), ("votesFor", "x")], as: Who.democratic)
            #expect(noReasons.status == .unprocessableEntity)
            #expect(noReasons.text.contains("Enter the reasons for the decision"))
            #expect(noReasons.text.contains("Votes for must be a whole number, 0 or more"))
            #expect(noReasons.text.contains("Noted the report"))
            #expect(try await app.post(SiteURL.itemDecisions(cid, mid, .value(progress.id)).path,
                                       form: [("text", "Noted the report"), ("reasons", "Progress is on track"), ("votesFor", "4"),
                                              ("votesAgainst", "1")], as: Who.democratic).status == .seeOther)
            let noOwner = try await app.post(SiteURL.itemActions(cid, mid, .value(progress.id)).path,
                                             form: [("what", "Report on caseloads")] + Self.date("due", 2, 3, 2017), as: Who.democratic)
            #expect(noOwner.status == .unprocessableEntity)
            #expect(noOwner.text.contains("Select who owns the action: every action needs an owner"))
            let owner = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "Rashid Khan" })
            #expect(try await app.post(SiteURL.itemActions(cid, mid, .value(progress.id)).path,
                                       form: [("what", "Report on caseloads"), ("owner", owner.id.description)] + Self.date("due", 2, 3, 2017),
                                       as: Who.democratic).status == .seeOther)
            let record = try await MeetingStore.record(meeting, body: board, on: app.db)
            #expect(record.decisions.map(\.votes?.label) == ["4 for, 1 against, 0 abstentions: carried"])
            #expect(record.actions.map(\.reference) == ["CSIB-2017-02-02-1"])

            // Minutes are approved at a later meeting of the board, once.
            let approve = [("approvedAt", try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 3, 9)).id.description)]
            let tooEarly = try await move("approve-minutes", approve)
            #expect(tooEarly.status == .unprocessableEntity)
            #expect(tooEarly.text.contains("Minutes are approved at a later meeting of the same body"))
            clock.advance(minutes: 40 * 24 * 60)
            app.storage[TestSessionsKey.self] = [:]
            #expect(try await move("approve-minutes", approve).status == .seeOther)
            let twice = try await move("approve-minutes", approve)
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.text.contains("These minutes were approved already, at the meeting of 9 March 2017: approved minutes are never changed"))
            let frozen = try await app.post(minuteURL, form: [("discussion", "Rewritten"), ("version", "2")], as: Who.democratic)
            #expect(frozen.status == .unprocessableEntity)
            #expect(frozen.text.contains("The minutes are approved and cannot change"))
            #expect(try await MeetingStore.item(progress.id, of: meeting.id, on: app.db)?.discussion == "The Board reviewed the exceptions.")
            #expect(try await AuditStore.list(.init(action: "meeting.approve-minutes"), limit: 5, on: app.db).total == 1)

            // Part II: the item, its minute and its page are for people with Part II access only.
            let publicView = try await app.get(SiteURL.meeting(cid, mid).path, as: Who.viewer)
            #expect(publicView.text.contains("Progress and exceptions") && !publicView.text.contains("Staffing contract"))
            #expect(try await app.get(SiteURL.meeting(cid, mid).path, as: Who.board).text.contains("Staffing contract"))
            #expect(try await app.get(SiteURL.editAgendaItem(cid, mid, .value(contract.id)).path, as: Who.viewer).status == .forbidden)
        }
    }

    @Test("Publishing papers late needs a reason; cancelling needs one too")
    func lateAndCancelled() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody(DemoGovernance.board, in: council)
            #expect(try await app.post(SiteURL.newMeeting(cid).path, form: [("body", board.id.description), ("time", "10:00"), ("place", "Hall")]
                                       + Self.date("date", 20, 1, 2017), as: Who.democratic).status == .seeOther)
            let meeting = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 1, 20))
            let url = SiteURL.meetingTransition(cid, .value(meeting.id)).path
            let late = try await app.post(url, form: [("event", "publish-agenda"), ("version", "1")], as: Who.democratic)
            #expect(late.status == .unprocessableEntity)
            #expect(late.text.contains("Reason for late publication must be given: papers were due by Thursday, 12 January 2017"))
            #expect(try await app.post(url, form: [("event", "publish-agenda"), ("version", "1"), ("reason", "The DfE letter arrived on 17 January")],
                                       as: Who.democratic).status == .seeOther)
            let noReason = try await app.post(url, form: [("event", "cancel"), ("version", "2")], as: Who.democratic)
            #expect(noReason.text.contains("Reason for cancelling must be given"))
            #expect(try await app.post(url, form: [("event", "cancel"), ("version", "2"), ("cancelReason", "Not quorate")], as: Who.democratic)
                .status == .seeOther)
            let page = try await app.get(SiteURL.meeting(cid, .value(meeting.id)).path, as: Who.viewer)
            #expect(page.text.contains("Late: The DfE letter arrived on 17 January") && page.text.contains("Not quorate"))
        }
    }

    @Test("The demo board's minutes, attendance, Part II items and a living action log")
    func demo() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody(DemoGovernance.board, in: council)
            let meetings = try await MeetingStore.meetings(in: council.id, body: board.id, on: app.db)
            #expect(meetings.count == 24 && meetings.first?.date == DemoPlan.date(2016, 1, 14))
            #expect(meetings.filter { $0.status == .minutesApproved }.count == 21)
            let march = try await app.demoMeeting(of: board, on: DemoPlan.date(2016, 3, 10))
            let page = try await app.get(SiteURL.meeting(cid, .value(march.id)).path, as: Who.board)
            #expect(page.text.contains("The Board endorsed the Improvement Plan and recommended it to Cabinet for approval."))
            #expect(page.text.contains("4 voting members present of a quorum of 3: quorate"))
            #expect(page.text.contains("Workforce: agency staffing contract"))
            let viewer = try await app.get(SiteURL.meeting(cid, .value(march.id)).path, as: Who.viewer)
            #expect(!viewer.text.contains("agency staffing contract") && !viewer.text.contains("managed service"))
            let log = try await app.get(SiteURL.boardActions(cid).path(query: [("show", "all")]), as: Who.viewer)
            #expect(log.status == .ok && log.text.contains("CSIB-2016-01-14-1"))
            // James Pemberton owns an open action from October 2017: his overview lists it.
            let home = try await app.get(SiteURL.council(cid).path, as: Who.performance)
            #expect(home.text.contains("Your board actions") && home.text.contains("CSIB-2017-10-12-1"))
            #expect(!(try await app.get(SiteURL.council(cid).path, as: Who.viewer)).text.contains("Your board actions"))
            let cabinet = try await app.demoBody("Cabinet", in: council)
            let october = try await app.demoMeeting(of: cabinet, on: DemoPlan.date(2017, 10, 12))
            let cabinetPage = try await app.get(SiteURL.meeting(cid, .value(october.id)).path, as: Who.viewer)
            #expect(cabinetPage.text.contains("Cabinet approved the Continuous Improvement Plan."))
            #expect(!cabinetPage.text.contains("Agency Staffing Contract"))
        }
    }

    @Test("An action's owner adds updates; only democratic services or the programme manager close it")
    func actionLog() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let actions = try await BoardActionStore.all(in: council.id, on: app.db).filter(\.isOpen)
            let open = try #require(actions.first)
            let url = SiteURL.boardActionUpdates(cid, .value(open.id)).path
            #expect(try await app.post(url, form: [("text", "Draft ready")], as: Who.viewer).status == .forbidden)
            let empty = try await app.post(url, form: [("text", " ")], as: Who.programmeManager)
            #expect(empty.text.contains("Enter the update: what has been done and what is next"))
            #expect(try await app.post(url, form: [("text", "Draft ready")], as: Who.programmeManager).status == .seeOther)
            let close = SiteURL.closeBoardAction(cid, .value(open.id)).path
            #expect(try await app.post(close, form: [("note", "Done"), ("version", "1")], as: Who.contributor).status == .forbidden)
            #expect(try await app.post(close, form: [("note", ""), ("version", "1")], as: Who.democratic).text
                .contains("Enter how the action was completed"))
            #expect(try await app.post(close, form: [("note", "Reported to the Board"), ("version", "1")], as: Who.democratic).status == .seeOther)
            let again = try await app.post(close, form: [("note", "Again"), ("version", "2")], as: Who.democratic)
            #expect(again.text.contains("The action was closed already on 18 January 2017"))
            let page = try await app.get(SiteURL.boardAction(cid, .value(open.id)).path, as: Who.viewer)
            #expect(page.text.contains("Draft ready") && page.text.contains("Reported to the Board"))
        }
    }
}
