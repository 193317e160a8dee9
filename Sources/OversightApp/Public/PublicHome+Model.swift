import OversightDomain
import OversightStore

/// The council's front door for residents, councillors and the press: what is coming up, what
/// was published lately, and where everything else is. Only what any visitor may read: meetings
/// and their papers' state, published reports (a Part II report by its title alone), and bodies.
enum PublicHome {}

extension PublicHome {
    struct Model {
        struct MeetingRow {
            var date: CalendarDate
            var time: ClockTime?
            var body: String
            var place: String?
            var state: String?
            var link: SiteURL?
        }

        struct DecisionRow {
            var text: String
            var item: String
            var body: String
            var date: CalendarDate
            var meeting: SiteURL
        }

        struct ReportRow {
            var id: Report.ID
            var title: String
            var committee: String
            var meetingDate: CalendarDate
            var isExempt: Bool
        }

        var council: CouncilContext
        /// The next meetings from today, soonest first.
        var upcoming: [MeetingRow]
        /// The latest meetings before today, newest first: their agendas and minutes.
        var recent: [MeetingRow]
        /// The latest decisions on Part I business of meetings whose agendas are published, newest first.
        var decisions: [DecisionRow]
        /// Published reports, newest meeting first.
        var reports: [ReportRow]
        var reportCount: Int
        var bodies: [(id: GoverningBody.ID, name: String)]
        /// The next key decisions in the forward plan whose notice is published, soonest first.
        var keyDecisions: [(entry: ForwardPlanEntry, decisionMaker: String)]

        static let shown = 5

        init(council: Council, calendar: [CalendarRow], reports: [ReportSummary], bodies: [GoverningBody],
             forwardPlan: [ForwardPlanEntry], today: CalendarDate) {
            self.council = council.context
            let names = Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0.name) })
            keyDecisions = forwardPlan.filter { $0.isPublished && $0.withdrawn == nil && $0.decisionDate >= today }
                .prefix(Self.shown).map { ($0, names[$0.decisionMaker] ?? "") }
            let meetingRows = calendar.filter { $0.entry.kind == .meeting }
            // Newest meeting first (the calendar is oldest first); within a meeting, in the agenda's order.
            decisions = Array(meetingRows.reversed().flatMap { row in
                row.decisions.compactMap { shown in
                    row.link.map { DecisionRow(text: shown.decision.text, item: "\(shown.item.position). \(shown.item.title)",
                                               body: row.body?.name ?? row.entry.title, date: row.entry.date, meeting: $0) }
                }
            }.prefix(Self.shown))
            let meetings = meetingRows.map { row in
                MeetingRow(date: row.entry.date, time: row.entry.time, body: row.body?.name ?? row.entry.title,
                           place: row.entry.location, state: row.state, link: row.link)
            }
            upcoming = Array(meetings.filter { $0.date >= today }.prefix(Self.shown))
            recent = Array(meetings.filter { $0.date < today }.suffix(Self.shown).reversed())
            self.reports = reports.prefix(Self.shown).map { report in
                ReportRow(id: report.id, title: report.title, committee: report.body.label, meetingDate: report.meetingDate,
                          isExempt: report.part != .partI)
            }
            reportCount = reports.count
            self.bodies = bodies.map { ($0.id, $0.name) }
        }
    }
}
