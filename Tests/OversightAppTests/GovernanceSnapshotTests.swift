import Foundation
@testable import OversightApp
import OversightDocuments
import OversightDomain
import OversightStore
import Testing

/// The pages of boards, meetings, the action log, the board pack and the calendar, from fixed values.
extension PageSnapshotTests {
    static let board = Viewer(
        user: User(id: .init(uuid(906)), email: "board@northshire.example", displayName: "Margaret Dunn", personID: nil,
                   roles: [.boardMember], isActive: true, version: 1),
        csrfToken: "csrf-token-for-tests", sessionID: uuid(907))

    static func day(_ d: Int, _ m: Int, _ y: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    var governingBody: GoverningBody {
        GoverningBody(id: .init(Self.uuid(600)), councilID: council.id, name: "Children's Services Improvement Board", kind: .improvementBoard,
                      termsOfReference: "- Agree the Improvement Plan\n- Monitor progress every month", quorum: 3, version: 2)
    }

    var members: [Membership] {
        [Membership(id: .init(Self.uuid(610)), bodyID: governingBody.id, personID: people[0].id, role: .independentChair, from: Self.day(1, 1, 2016)),
         Membership(id: .init(Self.uuid(611)), bodyID: governingBody.id, personID: people[1].id, role: .member, from: Self.day(1, 1, 2016)),
         Membership(id: .init(Self.uuid(612)), bodyID: governingBody.id, personID: people[2].id, role: .adviser, from: Self.day(1, 1, 2016),
                    until: Self.day(31, 3, 2017))]
    }

    var heldMeeting: Meeting {
        Meeting(id: .init(Self.uuid(620)), councilID: council.id, bodyID: governingBody.id, date: Self.day(12, 10, 2017),
                time: ClockTime(hour: 10, minute: 0)!, place: "Committee Room A, County Hall", status: .held,
                agendaPublishedOn: Self.day(4, 10, 2017), version: 4)
    }

    var nextMeeting: Meeting {
        Meeting(id: .init(Self.uuid(621)), councilID: council.id, bodyID: governingBody.id, date: Self.day(9, 11, 2017),
                time: ClockTime(hour: 10, minute: 0)!, place: "Committee Room A, County Hall", status: .agendaPublished,
                agendaPublishedOn: Self.day(1, 11, 2017), version: 2)
    }

    var meetingRecord: MeetingRecord {
        let meeting = heldMeeting
        let items = [
            AgendaItem(id: .init(Self.uuid(630)), meetingID: meeting.id, position: 1, title: "Improvement plan: progress and exceptions",
                       part: .partI, exemption: nil, reportID: nil, papers: ["Progress and exceptions report, October 2017"],
                       discussion: "The Board reviewed the exceptions. *Two* actions remain red."),
            AgendaItem(id: .init(Self.uuid(631)), meetingID: meeting.id, position: 2, title: "Workforce: agency staffing contract", part: .partII,
                       exemption: Exemption(paragraph: .financialAffairs, publicInterest: "Commercial negotiations"), reportID: nil,
                       papers: ["Commercial options"], discussion: "The Board considered the options."),
        ]
        return MeetingRecord(
            meeting: meeting, body: governingBody, items: items,
            attendance: [Attendance(meetingID: meeting.id, personID: people[0].id, status: .present),
                         Attendance(meetingID: meeting.id, personID: people[1].id, status: .apologies)],
            declarations: [Declaration(id: .init(Self.uuid(640)), itemID: items[0].id, personID: people[0].id,
                                       interest: "Trustee of a local fostering charity", dispensation: nil)],
            decisions: [Decision(id: .init(Self.uuid(650)), meetingID: meeting.id, itemID: items[0].id, number: 1,
                                 text: "The Board agreed the exceptions to follow up.", reasons: "Two actions are red.",
                                 alternatives: "Waiting a month", votes: Votes(inFavour: 3, against: 0, abstained: 1)),
                        Decision(id: .init(Self.uuid(651)), meetingID: meeting.id, itemID: items[1].id, number: 1,
                                 text: "The Board supported a managed service.", reasons: "Best value.", alternatives: nil, votes: nil)],
            actions: boardActions)
    }

    var boardActions: [BoardAction] {
        [BoardAction(id: .init(Self.uuid(660)), councilID: council.id, bodyID: governingBody.id, meetingID: heldMeeting.id,
                     itemID: .init(Self.uuid(630)), reference: "CSIB-2017-10-12-1", what: "Report on caseloads by team", ownerID: people[1].id,
                     due: Self.day(1, 11, 2017)),
         BoardAction(id: .init(Self.uuid(661)), councilID: council.id, bodyID: governingBody.id, meetingID: heldMeeting.id,
                     itemID: .init(Self.uuid(631)), reference: "CSIB-2017-10-12-2", what: "Bring the contract award", ownerID: people[2].id,
                     due: Self.day(30, 11, 2017), closedAt: nil, closedOn: Self.day(20, 10, 2017), closingNote: "Awarded")]
    }

    func meetingModel(partTwo: Bool) -> MeetingPageModel {
        MeetingPageModel(record: partTwo ? meetingRecord : meetingRecord.partOne, members: members,
                         people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }), reports: [:], approvedAt: nil,
                         laterMeetings: [nextMeeting], rules: PublicationRules(), today: Self.day(1, 11, 2017))
    }

    @Test func bodiesList() throws {
        try assertSnapshot(BodyViews.list(BodyList.Model([governingBody], next: [governingBody.id: nextMeeting]), council: context,
                                          context: page()),
                           named: "bodies-list")
    }

    @Test func bodyDetail() throws {
        let model = BodyPageModel(body: governingBody, members: members, meetings: [heldMeeting, nextMeeting],
                                  people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }), today: Self.day(1, 11, 2017))
        try assertSnapshot(BodyViews.detail(BodyDetail.Model(model), council: context, context: page()), named: "body-detail")
    }

    @Test func meetingWithMinutes() throws {
        try assertSnapshot(MeetingViews.page(MeetingDetail.Model(meetingModel(partTwo: true)), council: context, context: page()),
                           named: "meeting-held")
    }

    @Test("A visitor reads the Part I agenda and minutes, with no links into the programme")
    func meetingForVisitor() throws {
        let html = MeetingViews.page(MeetingDetail.Model(meetingModel(partTwo: false)), council: context, context: .fixed(nil))
        #expect(!html.contains("agency staffing") && !html.contains("board pack") && !html.contains("/action-log/"))
        try assertSnapshot(html, named: "meeting-public")
    }

    @Test func agendaItemErrors() throws {
        var form = AgendaItemForm()
        form.part = "part-ii"
        guard case let .invalid(errors) = form.validate() else { Issue.record("an item without a title was accepted"); return }
        try assertSnapshot(MeetingFormViews.itemForm(form, meeting: nextMeeting, body: governingBody, itemID: nil, reports: [],
                                                     council: context, context: page(), errors: errors), named: "agenda-item-errors")
    }

    @Test func actionLog() throws {
        let model = BoardActionLog.Model(boardActions, filter: .all, bodies: [governingBody.id: governingBody],
                                         people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }), today: Self.day(3, 11, 2017))
        try assertSnapshot(BoardActionViews.log(model, council: context, context: page()), named: "action-log")
    }

    @Test("The board pack: contents, agenda, previous minutes, action log, plan and scorecard, frozen")
    func boardPack() throws {
        let sources = BoardPackDocument.Sources(
            record: MeetingRecord(meeting: nextMeeting, body: governingBody, items: [
                AgendaItem(id: .init(Self.uuid(670)), meetingID: nextMeeting.id, position: 1, title: "Minutes and action log", part: .partI,
                           exemption: nil, reportID: nil, papers: ["Minutes of 12 October 2017"]),
            ], attendance: [], declarations: [], decisions: [], actions: []),
            previous: meetingRecord, previousApprovedAt: nil, members: members,
            people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }), actions: boardActions,
            updates: [BoardActionUpdate(actionID: boardActions[0].id, date: Self.day(30, 10, 2017), text: "Draft shared", author: "David Okafor")],
            raisedAt: [heldMeeting.id: heldMeeting], plans: [planModel], risks: nil, asOf: Self.day(1, 11, 2017), rules: PublicationRules())
        let document = BoardPackDocument.document(sources, council: council, partTwo: true, exemptItems: [.init(Self.uuid(631))],
                                                  scorecard: [.paragraph("The scorecard has no indicators yet.")])
        let frozen = FrozenBoardPack(builtOn: Self.day(1, 11, 2017), builtBy: "Democratic Services", partOne: "", full: "", intact: true)
        let model = BoardPackPageModel(meeting: nextMeeting, body: governingBody, document: document, frozen: frozen, partTwo: true)
        try assertSnapshot(BoardPackViews.page(model, council: context, context: .fixed(Self.board)), named: "board-pack")
        let partOne = BoardPackDocument.document(sources, council: council, partTwo: false, exemptItems: [.init(Self.uuid(631))], scorecard: [])
        let text = MarkdownRenderer.render(partOne)
        #expect(!text.contains("agency staffing") && !text.contains("managed service") && !text.contains("Bring the contract award"))
        #expect(text.contains("Report on caseloads by team") && text.contains("30 October 2017: Draft shared"))
    }

    @Test func calendar() throws {
        let cid = Parameter.value(council.id)
        let rows = [
            CalendarRow(entry: CalendarEntry(uid: "papers", kind: .papersDue, date: Self.day(1, 11, 2017),
                                             title: "Papers due: Children's Services Improvement Board, 9 November 2017"),
                        body: governingBody, state: "Published on 1 November 2017", link: .meeting(cid, .value(nextMeeting.id))),
            CalendarRow(entry: CalendarEntry(uid: "meeting", kind: .meeting, date: nextMeeting.date, time: nextMeeting.time,
                                             title: governingBody.name, location: nextMeeting.place),
                        body: governingBody, state: "Agenda published", link: .meeting(cid, .value(nextMeeting.id))),
            CalendarRow(entry: CalendarEntry(uid: "updates", kind: .updatesDue, date: Self.day(20, 11, 2017),
                                             title: "Updates due: Children's Services Improvement Plan, November 2017"),
                        body: nil, state: "Open", link: nil),
        ]
        let model = MeetingCalendar.Model(rows, start: Self.day(1, 11, 2017), end: Self.day(1, 2, 2018), latestBefore: nil,
                                          bodies: [governingBody], baseURL: "https://oversight.northshire.example")
        try assertSnapshot(CalendarViews.page(model, council: context, context: page()), named: "calendar")
    }

    @Test func noBoardPack() throws {
        try assertSnapshot(BoardPackViews.noPack(heldMeeting, message: "This meeting was cancelled, so it has no board pack.",
                                                 council: context, context: page()), named: "board-pack-none")
    }
}
