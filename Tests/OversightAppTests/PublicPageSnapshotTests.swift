import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing

/// The public home and the statements, as a visitor sees them, from fixed values.
@Suite("Public page snapshots")
struct PublicPageSnapshotTests {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    let council = Council(id: .init(uuid(1)), name: DemoCouncil.name, kind: .county, areaLabel: .electoralDivisions,
                          areas: Array(DemoCouncil.areas.prefix(3)), financialYearStart: .firstOfApril, version: 3)

    @Test func publicHome() throws {
        let board = GoverningBody(id: .init(Self.uuid(20)), councilID: council.id, name: "Children's Services Improvement Board",
                                  kind: .improvementBoard, termsOfReference: "Oversees the improvement plan.", quorum: 3)
        let scrutiny = GoverningBody(id: .init(Self.uuid(21)), councilID: council.id, name: "Children's Services Scrutiny Committee",
                                     kind: .scrutiny, termsOfReference: "Scrutinises children's services.", quorum: 2)
        let cid = Parameter.value(council.id)
        func meeting(_ n: Int, _ body: GoverningBody, _ date: CalendarDate, state: String,
                     decisions: [(decision: Decision, item: AgendaItem)] = []) -> CalendarRow {
            CalendarRow(entry: CalendarEntry(uid: "meeting-\(n)", kind: .meeting, date: date, time: ClockTime(hour: 10, minute: 0),
                                             title: body.name, location: "Committee Room 1, County Hall"),
                        body: body, state: state, link: .meeting(cid, .value(.init(Self.uuid(30 + n)))), decisions: decisions)
        }
        let item = AgendaItem(id: .init(Self.uuid(50)), meetingID: .init(Self.uuid(32)), position: 3,
                              title: "Improvement plan: progress and exceptions", part: .partI, exemption: nil, reportID: nil, papers: [])
        let decision = Decision(id: .init(Self.uuid(51)), meetingID: item.meetingID, itemID: item.id, number: 1,
                                text: "The Board agreed the revised improvement plan and asked for a report on agency staffing in March.",
                                reasons: "To keep the plan current.", alternatives: nil, votes: nil)
        let calendar = [
            meeting(1, scrutiny, CalendarDate(year: 2017, month: 1, day: 11)!, state: "Minutes approved"),
            meeting(2, board, CalendarDate(year: 2017, month: 1, day: 12)!, state: "Held", decisions: [(decision, item)]),
            meeting(3, board, CalendarDate(year: 2017, month: 2, day: 9)!, state: "Scheduled"),
        ]
        let reports = [
            ReportSummary(id: .init(Self.uuid(40)), title: "Children's Services Improvement Plan: progress", body: ReportCommittee.testCabinet,
                          meetingDate: CalendarDate(year: 2017, month: 1, day: 10)!, part: .partI, status: .published),
            ReportSummary(id: .init(Self.uuid(41)), title: "Placement commissioning: contract award", body: ReportCommittee.testCabinet,
                          meetingDate: CalendarDate(year: 2016, month: 12, day: 6)!, part: .partII, status: .published),
        ]
        let model = PublicHome.Model(council: council, calendar: calendar, reports: reports, bodies: [board, scrutiny],
                                     forwardPlan: [Self.keyDecision(council: council, maker: board.id), Self.keyDecision(council: council, maker: board.id, draft: true)],
                                     today: CalendarDate(year: 2017, month: 1, day: 18)!)
        try assertSnapshot(PublicHomeViews.home(model, context: .fixed(nil)), named: "public-home")
    }

    /// A key decision of 9 February 2017 taken in private, published on 9 January; or a draft.
    static func keyDecision(council: Council, maker: GoverningBody.ID, draft: Bool = false) -> ForwardPlanEntry {
        ForwardPlanEntry(
            id: .init(uuid(draft ? 61 : 60)), councilID: council.id, reference: draft ? "KD/2017/02" : "KD/2017/01",
            matter: draft ? "Closure of the Brookside children's home" : "Placement commissioning: contract award",
            summary: "Award the contract for residential placements.", decisionMaker: maker,
            decisionDate: CalendarDate(year: 2017, month: 2, day: draft ? 20 : 9)!, documents: ["Report of the Director"], reportID: nil,
            contact: "Jo Bright, Democratic Services", published: draft ? nil : CalendarDate(year: 2017, month: 1, day: 9)!, route: .notice,
            privateMeeting: draft ? nil : PrivateMeetingNotice(paragraph: .financialAffairs, reasons: "Bidders' prices.",
                                                               firstNotice: CalendarDate(year: 2017, month: 1, day: 9)!, representations: "",
                                                               response: "", finalNotice: nil),
            withdrawn: nil)
    }

    @Test func forwardPlanForDemocraticServices() throws {
        let viewer = Viewer(user: User(id: .init(Self.uuid(906)), email: "democratic@northshire.example", displayName: "Democratic Services",
                                       personID: nil, roles: [.democraticServices], isActive: true, version: 1),
                            csrfToken: "csrf-token-for-tests", sessionID: Self.uuid(907))
        let today = CalendarDate(year: 2017, month: 1, day: 18)!
        let rules = PublicationRules()
        let rows = [Self.keyDecision(council: council, maker: .init(Self.uuid(20))),
                    Self.keyDecision(council: council, maker: .init(Self.uuid(20)), draft: true)].map { entry in
            ForwardPlan.Entry(id: entry.id, entry: entry, decisionMaker: "Children's Services Improvement Board", report: nil,
                              deadlines: rules.deadlines(of: entry).map { ($0, $0.state(today: today)) })
        }
        let attention = rows.flatMap { row in
            row.deadlines.filter { $0.deadline.needsAttention(today: today) }.map {
                ForwardPlan.Attention(entryID: row.id, reference: row.entry.reference, matter: row.entry.matter, deadline: $0.deadline, state: $0.state)
            }
        }
        let model = ForwardPlan.Model(council: council.context, today: today, upcoming: rows, earlier: [], attention: attention)
        try assertSnapshot(ForwardPlanViews.page(model, context: .fixed(viewer)), named: "forward-plan-staff")
    }

    @Test func searchResults() throws {
        let snippet = "The plan " + SearchStore.markStart + "sustains" + SearchStore.markEnd + " <b>and</b> " + SearchStore.markStart
            + "embeds" + SearchStore.markEnd + " the improvements…"
        let model = Search.Model(
            council: council.context, query: Search.Query(text: "sustain embeds", body: nil, year: 2017, kind: .decision, page: 1),
            results: [Search.Result(kind: "Decision", heading: "Cabinet, 12 October 2017: decision 1.1", title: "Continuous Improvement Plan",
                                    url: SiteURL.meeting(.value(council.id), .value(.init(Self.uuid(32)))).path, passage: Search.passage(snippet))],
            paging: Paging(page: 1, perPage: Search.perPage, total: 1), bodies: [(.init(Self.uuid(20)), "Cabinet")],
            kinds: SearchIndexer.Kind.allCases.filter(\.isPublic), years: 2010...2018, staff: false)
        try assertSnapshot(SearchViews.page(model, context: .fixed(nil)), named: "search-results")
    }

    @Test func publicTextsForm() throws {
        let admin = Viewer(user: User(id: .init(Self.uuid(904)), email: "admin@northshire.example", displayName: "Oversight Administrator",
                                      personID: nil, roles: [.administrator], isActive: true, version: 1),
                           csrfToken: "csrf-token-for-tests", sessionID: Self.uuid(905))
        let form = PublicTextsForm(accessibility: "## Contact us", accessibilityVersion: "2", privacy: nil, privacyVersion: nil)
        try assertSnapshot(PublicTextsViews.form(form, errors: [], context: .fixed(admin)), named: "public-texts")
    }

    @Test func statements() throws {
        try assertSnapshot(PublicStatements.accessibility(councils: [council], context: .fixed(nil)), named: "accessibility-statement")
        try assertSnapshot(PublicStatements.privacy(councils: [council], context: .fixed(nil)), named: "privacy-notice")
    }
}
