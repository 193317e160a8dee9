import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// The Improvement Board meeting monthly from January 2016 to October 2017 with its minutes,
/// decisions and action log, the November 2017 meeting ahead of it, and the Cabinet and Scrutiny
/// meetings that received the demo's committee reports. Written straight to the store in one
/// transaction: every test starts from this demo, so it must be quick to make.
enum DemoGovernance {
    static let extraPeople: [PersonDraft] = [
        .init(name: "Robert Hale", jobTitle: "Improvement Adviser, Department for Education", telephone: nil,
              email: "robert.hale@dfe-adviser.example"),
        .init(name: "Dr Eleanor Finch", jobTitle: "Independent Chair, Northshire Safeguarding Children Board", telephone: nil,
              email: "eleanor.finch@nscb.example"),
        .init(name: "Councillor Janet Moore", jobTitle: "Leader of the Council", telephone: "(01632) 960113",
              email: "cllr.janet.moore@northshire.example"),
        .init(name: "Councillor Peter Lowe", jobTitle: "Chair, Children's Services Scrutiny Committee", telephone: "(01632) 960114",
              email: "cllr.peter.lowe@northshire.example"),
        .init(name: "Councillor Ruth Adeyemi", jobTitle: "Member, Children's Services Scrutiny Committee", telephone: "(01632) 960115",
              email: "cllr.ruth.adeyemi@northshire.example"),
    ]

    static let board = "Children's Services Improvement Board"
    static let place = "Committee Room A, County Hall, Northshire"

    struct Bodies {
        var board: GoverningBody
        var scrutiny: GoverningBody
        var cabinet: GoverningBody
    }

    /// The Improvement Board, the Scrutiny Committee and Cabinet with their members: first, since
    /// every report goes to one of them.
    static func seedBodies(council: Council.ID, people given: [String: Person.ID], on db: any Database,
                           dependencies: Dependencies) async throws -> (people: [String: Person.ID], bodies: Bodies) {
        var people = given
        for person in extraPeople {
            people[person.name] = try await AddPerson(dependencies: dependencies)(person, to: council, by: .demo, on: db)
        }
        let now = dependencies.now()
        let known = people
        let bodies = try await UnitOfWork.seed(on: db) { change in
            try await Seeder(council: council, people: known, dependencies: dependencies, now: now, change: change).bodies()
        }
        return (people, bodies)
    }

    static func seed(council: Council.ID, people: [String: Person.ID], bodies: Bodies, on db: any Database,
                     dependencies: Dependencies) async throws {
        let reports = try await ReportStore.list(in: council, publishedOnly: false, on: db)
        let now = dependencies.now()
        try await UnitOfWork.seed(on: db) { change in
            let seeder = Seeder(council: council, people: people, dependencies: dependencies, now: now, change: change)
            try await seeder.improvementBoard(bodies.board)
            try await seeder.scrutiny(bodies.scrutiny, report: reports.first { $0.body.id == bodies.scrutiny.id && $0.meetingDate == DemoPlan.date(2017, 1, 18) })
            try await seeder.cabinet(bodies.cabinet, reports: reports.filter { $0.body.id == bodies.cabinet.id && $0.meetingDate == DemoPlan.date(2017, 10, 12) })
        }
    }

    /// The board packs of the meetings from October 2017, frozen as they stood on the day each
    /// agenda was published. Earlier meetings came before the council kept its packs here.
    static func freezePacks(council id: Council.ID, at now: Date, on db: any Database) async throws {
        guard let council = try await CouncilStore.find(id, on: db) else { return }
        let rules = PublicationRules()
        try await UnitOfWork.seed(on: db) { change in
            let tx = change.db
            for meeting in try await MeetingStore.meetings(in: id, from: DemoPlan.date(2017, 10, 1), on: tx) {
                guard let published = meeting.agendaPublishedOn else { continue }
                let pack = try await BoardPackDocument.build(meeting, council: council, asOf: published, rules: rules, on: tx)
                try await BoardPackStore.freeze(meeting.id, builtOn: published, by: "Democratic Services (demo)",
                                                partOne: try ReportDocument.canonical(pack.partOne),
                                                full: try ReportDocument.canonical(pack.full), at: now, on: change)
            }
        }
    }

    /// Month by month, what the board's minutes record on the plan item: the story of the reference reports.
    static func planMinute(year: Int, month: Int) -> String {
        switch (year, month) {
        case (2016, 1): "The Board met for the first time. The independent chair set out the Board's role under the improvement notice: to agree the Improvement Plan, hold the council and its partners to account for its delivery and report progress to the Department for Education. The Director presented the draft plan's priorities."
        case (2016, 2): "The Board considered the draft Improvement Plan after consultation with staff, partners and the management team, and the changes made in response."
        case (2016, 3): "The Board endorsed the Improvement Plan for approval by Cabinet. Members asked that every action carry a named lead and a measure of impact, not only of completion."
        case (2016, 6), (2016, 10): "The Board received the letter from Ofsted's monitoring visit. Inspectors found that the front door was more consistent but that management oversight remained variable."
        case (2016, 12): "The Board discussed the DfE review of progress held on 6 and 7 December. The adviser reported that progress was evident but not yet consistent across teams."
        case (2017, 1): "The Board agreed the update for the Children's Services Scrutiny Committee meeting of 18 January 2017."
        case (2017, 9): "The Board considered the draft Continuous Improvement Plan, which carries forward the unfinished actions to sustain and embed the improvements made."
        case (2017, 10): "The Board noted Cabinet's approval of the Continuous Improvement Plan on 12 October 2017 and agreed how it will monitor the plan from November."
        default: year == 2016 && month < 7
            ? "The Board reviewed the month's progress and exceptions report. Members challenged the pace of the front door actions and asked for evidence of impact on children's experiences."
            : "The Board reviewed the month's progress and exceptions report. Most actions were on track; members focused their challenge on those rated red and on actions rated green while past their due date."
        }
    }

    struct Seeder {
        var council: Council.ID
        var people: [String: Person.ID]
        var dependencies: Dependencies
        var now: Date
        var change: Change
        var db: any Database { change.db }

        func person(_ name: String) -> Person.ID {
            guard let id = people[name] else { preconditionFailure("demo person \(name) is listed in DemoCouncil or DemoGovernance") }
            return id
        }

        func body(_ name: String, _ kind: BodyKind, quorum: Int, terms: String,
                  members: [(String, MemberRole, CalendarDate)]) async throws -> GoverningBody {
            // The Scrutiny Committee's reports start from its own template, whose header is its reference's.
            let template = kind == .scrutiny ? ReportTemplateStore.scrutinyFamily : nil
            let body = GoverningBody(id: .init(dependencies.newID()), councilID: council, name: name, kind: kind, termsOfReference: terms,
                                     quorum: quorum, reportTemplate: template)
            try await BodyStore.create(BodyDraft(name: name, kind: kind, termsOfReference: terms, quorum: quorum, reportTemplate: template),
                                       id: body.id, in: council, at: now, on: change)
            for (name, role, from) in members {
                try await BodyStore.addMember(Membership(id: .init(dependencies.newID()), bodyID: body.id, personID: person(name),
                                                         role: role, from: from), on: change)
            }
            return body
        }

        func meeting(_ body: GoverningBody, _ date: CalendarDate, time: ClockTime, status: MeetingStatus,
                     approvedAt: Meeting.ID? = nil) async throws -> Meeting {
            let meeting = Meeting(id: .init(dependencies.newID()), councilID: council, bodyID: body.id, date: date, time: time,
                                  place: place, status: status,
                                  agendaPublishedOn: status == .scheduled ? nil : PublicationRules().publishBy(meeting: date),
                                  minutesApprovedAt: approvedAt)
            try await MeetingStore.create(meeting, at: now, on: change)
            return meeting
        }

        func item(_ meeting: Meeting, _ position: Int, _ title: String, part: ReportPart = .partI, exemption: Exemption? = nil,
                  report: Report.ID? = nil, papers: [String] = [], minute: String = "") async throws -> AgendaItem {
            let item = AgendaItem(id: .init(dependencies.newID()), meetingID: meeting.id, position: position, title: title, part: part,
                                  exemption: exemption, reportID: report, papers: papers, discussion: minute)
            try await MeetingStore.addItem(item, at: now, on: change)
            return item
        }

        func decide(_ meeting: Meeting, _ item: AgendaItem, _ text: String, reasons: String, alternatives: String? = nil,
                    votes: Votes? = nil) async throws {
            let number = try await MeetingStore.nextDecisionNumber(of: item.id, on: db)
            try await MeetingStore.addDecision(Decision(id: .init(dependencies.newID()), meetingID: meeting.id, itemID: item.id,
                                                        number: number, text: text, reasons: reasons, alternatives: alternatives,
                                                        votes: votes), at: now, on: change)
        }

        func declare(_ item: AgendaItem, _ name: String, _ interest: String, dispensation: String?) async throws {
            try await MeetingStore.addDeclaration(Declaration(id: .init(dependencies.newID()), itemID: item.id, personID: person(name),
                                                              interest: interest, dispensation: dispensation), on: change)
        }

        func attend(_ meeting: Meeting, _ statuses: [(String, AttendanceStatus)]) async throws {
            try await MeetingStore.setAttendance(statuses.map { Attendance(meetingID: meeting.id, personID: person($0.0), status: $0.1) },
                                                 of: meeting.id, on: change)
        }

        /// The three bodies, made before the reports that go to them.
        func bodies() async throws -> Bodies {
            let start = DemoPlan.date(2016, 1, 1)
            let board = try await body(DemoGovernance.board, .improvementBoard, quorum: 3, terms: """
                The Board is established under the Department for Education's improvement notice, with an independent chair.

                - Agree the Improvement Plan and recommend it to Cabinet.
                - Monitor progress every month against the plan, the performance scorecard and the risk register.
                - Hold the council and its partners to account for the pace and impact of improvement.
                - Report progress to the Department for Education, Cabinet and the Children's Services Scrutiny Committee.
                """, members: [
                    ("Margaret Dunn", .independentChair, start), ("Councillor Alan Birch", .member, start), ("Helen Marsh", .member, start),
                    ("Dr Eleanor Finch", .member, start), ("Robert Hale", .adviser, start), ("David Okafor", .officer, start),
                    ("Fiona Gallagher", .officer, start),
                ])
            let scrutiny = try await body("Children's Services Scrutiny Committee", .scrutiny, quorum: 2,
                                      terms: "Scrutinises the council's services for children and young people, including the progress of the improvement programme, and makes recommendations to Cabinet.",
                                      members: [("Councillor Peter Lowe", .chair, DemoPlan.date(2016, 5, 19)),
                                                ("Councillor Ruth Adeyemi", .member, DemoPlan.date(2016, 5, 19)),
                                                ("Councillor Alan Birch", .officer, DemoPlan.date(2016, 5, 19)),
                                                ("Helen Marsh", .officer, DemoPlan.date(2016, 5, 19))])
            let cabinet = try await body("Cabinet", .cabinet, quorum: 2,
                                      terms: "The council's executive: takes the key decisions, including approving improvement plans.",
                                      members: [("Councillor Janet Moore", .chair, DemoPlan.date(2015, 5, 21)),
                                                ("Councillor Alan Birch", .member, DemoPlan.date(2015, 5, 21)),
                                                ("Helen Marsh", .officer, DemoPlan.date(2015, 5, 21))])
            return Bodies(board: board, scrutiny: scrutiny, cabinet: cabinet)
        }

        func improvementBoard(_ body: GoverningBody) async throws {
            let ten = ClockTime(hour: 10, minute: 0)!
            var previous: Meeting?
            var openActions: [BoardAction] = []
            let owners = ["David Okafor", "Priya Raman", "Rashid Khan", "James Pemberton", "Sarah Whitlock", "Nadia Sorensen", "Tom Ellison"]
            let asks = ["Bring the re-referral analysis by team to the next meeting", "Report on the audit of management oversight in the assessment teams",
                        "Set out the recruitment campaign's results and the agency rate by team", "Add statistical neighbours to every line of the scorecard",
                        "Report on placement sufficiency and the use of out-of-area placements", "Present the multi-agency review of the front door thresholds",
                        "Share the practice week's findings on the voice of the child"]
            var count = 0
            for (year, month) in (1...12).map({ (2016, $0) }) + (1...11).map({ (2017, $0) }) {
                let date = secondThursday(year: year, month: month)
                let isNext = (year, month) == (2017, 11)
                let isLatest = (year, month) == (2017, 10)
                let status: MeetingStatus = isNext ? .agendaPublished : isLatest ? .held : .minutesApproved
                // Each month's minutes are approved at the following meeting: the id is set once that meeting exists.
                let meeting = try await meeting(body, date, time: ten, status: status)
                if let previous, previous.status == .minutesApproved {
                    var approved = previous
                    approved.minutesApprovedAt = meeting.id
                    try await MeetingStore.save(approved, expectedVersion: previous.version, at: now, on: change)
                }
                let monthName = UKDateFormat.monthAndYear(date)
                let held = !isNext
                _ = try await item(meeting, 1, "Apologies and declarations of interest",
                                   minute: held ? "Apologies were received as recorded. No interests were declared." : "")
                let minutes = try await item(meeting, 2, "Minutes of the previous meeting and the action log",
                                             papers: previous == nil ? ["Action log"] : ["Minutes of \(UKDateFormat.long(previous!.date))", "Action log"],
                                             minute: held ? (previous == nil ? "There were no previous minutes. The Board agreed its action log format."
                                                                 : "The minutes of the meeting of \(UKDateFormat.long(previous!.date)) were agreed as a correct record. The Board reviewed the action log.") : "")
                let plan = try await item(meeting, 3, "Improvement plan: progress and exceptions",
                                          papers: ["Progress and exceptions report, \(monthName)"],
                                          minute: held ? DemoGovernance.planMinute(year: year, month: month) : "")
                _ = try await item(meeting, 4, "Performance scorecard", papers: ["Performance scorecard, \(monthName)"],
                                   minute: held ? "The Board reviewed the scorecard against targets, England and statistical neighbours. Re-referrals continued to fall; assessments within 45 working days continued to rise." : "")
                _ = try await item(meeting, 5, "Risk register", papers: ["Improvement programme risk register, \(monthName)"],
                                   minute: held ? "The Board reviewed the programme's risks and the movement since the last meeting." : "")
                if isNext, let draft = try await ReportStore.list(in: council, publishedOnly: false, on: db)
                    .first(where: { $0.title == DemoExempt.draftReportTitle }) {
                    // On an agenda already published, a report still in draft: its title waits for its own publication.
                    _ = try await item(meeting, 6, "Update for the Scrutiny Committee, January 2018", report: draft.id,
                                       papers: ["Draft report for comment"], minute: "")
                }
                if month % 3 == 0 {
                    let exempt = try await item(meeting, 6, "Workforce: agency staffing contract", part: .partII,
                                                exemption: Exemption(paragraph: .financialAffairs,
                                                                     publicInterest: "Disclosing the council's negotiating position while the contract is procured would prejudice its commercial interests."),
                                                papers: ["Agency staffing: commercial options"],
                                                minute: held ? "The Board considered the commercial options for agency social workers while the contract is procured." : "")
                    if held {
                        try await decide(meeting, exempt, "The Board supported the option of a managed service for agency social workers.",
                                         reasons: "It offers the best value and the stability of staff that children need.",
                                         alternatives: "Continuing with individual agency placements was rejected as costlier and less stable.")
                    }
                    if (year, month) == (2017, 9) {
                        // Raised in private, and linked from the workforce risk: the register must never show it to
                        // anyone without Part II access (`DemoExempt` lists its words for the tests).
                        let exemptAction = BoardAction(
                            id: .init(dependencies.newID()), councilID: council, bodyID: body.id, meetingID: meeting.id, itemID: exempt.id,
                            reference: BoardActionReference.make(body: body.name, meeting: date, count: 9),
                            what: DemoExempt.boardAction, ownerID: person("Rashid Khan"), due: DemoPlan.date(2017, 10, 5))
                        try await BoardActionStore.create(exemptAction, at: now, on: change)
                        try await BoardActionStore.addUpdate(BoardActionUpdate(actionID: exemptAction.id, date: DemoPlan.date(2017, 10, 3),
                                                                               text: DemoExempt.boardActionUpdate, author: "Rashid Khan"),
                                                             at: now, on: change)
                    }
                }
                if held {
                    try await attend(meeting, [("Margaret Dunn", .present), ("Councillor Alan Birch", month == 8 ? .apologies : .present),
                                               ("Helen Marsh", .present), ("Dr Eleanor Finch", month == 4 ? .apologies : .present),
                                               ("Robert Hale", .present), ("David Okafor", .present), ("Fiona Gallagher", .present)])
                    try await decide(meeting, plan, (year, month) == (2016, 3)
                                        ? "The Board endorsed the Improvement Plan and recommended it to Cabinet for approval."
                                        : "The Board noted the progress reported and agreed the exceptions to be followed up.",
                                     reasons: (year, month) == (2016, 3)
                                        ? "The plan answers every recommendation of the inspection with named leads, dates and measures of impact."
                                        : "Members were satisfied that actions rated red have recovery plans and owners.")
                    // Last month's actions are closed at this meeting, except the one still awaiting evidence.
                    for action in openActions where !(isLatest && action == openActions.first) {
                        var closed = action
                        closed.closedAt = meeting.id
                        closed.closedOn = date
                        closed.closingNote = "Reported to the Board on \(UKDateFormat.long(date)); the Board agreed the action is complete."
                        try await BoardActionStore.save(closed, expectedVersion: 1, at: now, on: change)
                        try await BoardActionStore.addUpdate(BoardActionUpdate(actionID: action.id, date: date.adding(days: -7),
                                                                               text: "Paper circulated with the agenda.", author: "David Okafor"),
                                                             at: now, on: change)
                    }
                    openActions = openActions.filter { isLatest && $0 == openActions.first }
                    for n in 1...(month % 2 == 0 ? 2 : 1) {
                        let pick = count % asks.count
                        count += 1
                        let action = BoardAction(id: .init(dependencies.newID()), councilID: council, bodyID: body.id, meetingID: meeting.id,
                                                 itemID: n == 1 ? plan.id : minutes.id,
                                                 reference: BoardActionReference.make(body: body.name, meeting: date, count: n),
                                                 what: asks[pick], ownerID: person(owners[pick]),
                                                 due: secondThursday(year: month == 12 ? year + 1 : year, month: month % 12 + 1).adding(days: -7))
                        try await BoardActionStore.create(action, at: now, on: change)
                        openActions.append(action)
                    }
                }
                previous = meeting
            }
            // December's meeting is being prepared: its agenda is written but not yet published, so the
            // public see the meeting and not its business.
            let december = try await meeting(body, secondThursday(year: 2017, month: 12), time: ten, status: .scheduled)
            for (position, title) in ["Apologies and declarations of interest", "Minutes of the previous meeting and the action log",
                                      "Improvement plan: progress and exceptions", "Performance scorecard", "Risk register",
                                      DemoExempt.draftAgendaItem].enumerated() {
                _ = try await item(december, position + 1, title)
            }
        }

        func scrutiny(_ body: GoverningBody, report: ReportSummary?) async throws {
            let half = ClockTime(hour: 10, minute: 30)!
            let march = try await meeting(body, DemoPlan.date(2017, 3, 15), time: half, status: .held)
            let january = try await meeting(body, DemoPlan.date(2017, 1, 18), time: half, status: .minutesApproved, approvedAt: march.id)
            let update = try await item(january, 3, "Improvement Board update", report: report?.id,
                                      minute: "The Director of Children's Services and the Head of Improvement presented the Improvement Board's update and the council's self-assessment for the DfE review. Members asked about the stability of the workforce and the timeliness of assessments.")
            _ = try await item(january, 1, "Apologies", minute: "None.")
            _ = try await item(january, 2, "Declarations of interest", minute: "None.")
            try await attend(january, [("Councillor Peter Lowe", .present), ("Councillor Ruth Adeyemi", .present),
                                       ("Councillor Alan Birch", .present), ("Helen Marsh", .present)])
            try await decide(january, update, "The Committee noted the report and the progress being made to deliver the Improvement Plan.",
                             reasons: "The report and the self-assessment show progress against each of the plan's priorities.",
                             alternatives: "Referring the plan back to Cabinet was considered and not needed.")
            _ = try await item(march, 1, "Minutes of the meeting of 18 January 2017",
                               minute: "The minutes were agreed as a correct record.")
            try await attend(march, [("Councillor Peter Lowe", .present), ("Councillor Ruth Adeyemi", .present),
                                     ("Councillor Alan Birch", .apologies), ("Helen Marsh", .present)])
        }

        func cabinet(_ body: GoverningBody, reports: [ReportSummary]) async throws {
            let october = try await meeting(body, DemoPlan.date(2017, 10, 12), time: ClockTime(hour: 14, minute: 0)!, status: .held)
            var position = 1
            for report in reports.sorted(by: { $0.part.rawValue < $1.part.rawValue }) {
                let exempt = report.part == .partII
                let considered = try await item(october, position, report.title, part: report.part,
                                          exemption: exempt ? Exemption(paragraph: .financialAffairs,
                                                                        publicInterest: "The report sets out the council's negotiating position on a contract being procured.") : nil,
                                          report: report.id,
                                          minute: exempt ? "Cabinet considered the options for the agency staffing contract in private."
                                              : "The Cabinet Member for Children, Young People and Schools presented the Continuous Improvement Plan.")
                try await decide(october, considered, exempt ? "Cabinet approved the award of the agency staffing contract as set out in the report."
                                    : "Cabinet approved the Continuous Improvement Plan.",
                                 reasons: exempt ? "The preferred option gives the best value and the stability of staff children need."
                                    : "The plan sustains and embeds the improvements recognised by the DfE review.",
                                 alternatives: exempt ? nil
                                    : "Continuing with the original Improvement Plan alone was considered and rejected: it does not answer the DfE review's recommendations.",
                                 votes: Votes(inFavour: 2, against: 0, abstained: 0))
                if !exempt {
                    try await declare(considered, "Councillor Alan Birch",
                                      "Other registrable interest: a close family member is a foster carer for the council.",
                                      dispensation: "Granted by the Monitoring Officer on 2 October 2017 to speak and vote, the interest being shared with the council's foster carers generally.")
                }
                position += 1
            }
            try await attend(october, [("Councillor Janet Moore", .present), ("Councillor Alan Birch", .present), ("Helen Marsh", .present)])
        }

        func secondThursday(year: Int, month: Int) -> CalendarDate {
            var day = DemoPlan.date(year, month, 1)
            while day.weekday != .thursday { day = day.adding(days: 1) }
            return day.adding(days: 7)
        }
    }
}
