import Fluent
import OversightDomain
import OversightStore

/// The council's calendar: meetings of its boards and committees, the day each meeting's papers
/// are due (five clear working days before, by the one `PublicationRules`), and for staff the
/// deadlines of draft committee reports and of monthly updates.
///
/// What anyone may see: meetings, their Part I agenda and decisions, and when papers are due.
/// Report drafts and update deadlines are the programme's own business and need `viewProgramme`.
/// Part II items and their decisions appear only for readers with Part II access.
struct CalendarEntries {
    var council: Council
    var rules: PublicationRules
    var today: CalendarDate
    var staff: Bool
    var partTwo: Bool
    /// The site's address, for links in a feed read outside the browser.
    var baseURL: String

    func rows(body: GoverningBody.ID? = nil, on db: any Database) async throws -> [CalendarRow] {
        let cid = Parameter.value(council.id)
        let bodies = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council.id, on: db).map { ($0.id, $0) })
        let meetings = try await MeetingStore.meetings(in: council.id, body: body, on: db)
        let ids = meetings.map(\.id)
        // The public read an agenda only once it is published.
        let published = Set(meetings.filter { $0.agendaPublishedOn != nil }.map(\.id))
        let items = try await MeetingStore.items(of: ids, on: db)
            .filter { (partTwo || !$0.isExempt) && (staff || published.contains($0.meetingID)) }
        let shownItems = Set(items.map(\.id))
        let decisions = try await MeetingStore.decisions(of: ids, on: db).filter { shownItems.contains($0.itemID) }
        var rows: [CalendarRow] = []
        let itemsByID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
        for meeting in meetings {
            let name = bodies[meeting.bodyID]?.name ?? "Meeting"
            let url = SiteURL.meeting(cid, .value(meeting.id))
            let decided = decisions.filter { $0.meetingID == meeting.id }
                .compactMap { decision in itemsByID[decision.itemID].map { (decision: decision, item: $0) } }
                .sorted { ($0.item.position, $0.decision.number) < ($1.item.position, $1.decision.number) }
            rows.append(CalendarRow(
                entry: CalendarEntry(uid: "meeting-\(meeting.id)@oversight", kind: .meeting, date: meeting.date, time: meeting.time,
                                     title: name + (meeting.status == .cancelled ? " (cancelled)" : ""), location: meeting.place,
                                     notes: notes(meeting, items: items.filter { $0.meetingID == meeting.id },
                                                  decisions: decisions.filter { $0.meetingID == meeting.id }),
                                     url: baseURL + url.path, cancelled: meeting.status == .cancelled),
                body: bodies[meeting.bodyID], state: meeting.status.label, link: url, decisions: decided))
            guard meeting.status != .cancelled else { continue }
            let due = rules.publishBy(meeting: meeting.date)
            rows.append(CalendarRow(
                entry: CalendarEntry(uid: "papers-\(meeting.id)@oversight", kind: .papersDue, date: due,
                                     title: "Papers due: \(name), \(UKDateFormat.long(meeting.date))",
                                     notes: "The agenda and papers must be published five clear working days before the meeting.",
                                     url: baseURL + url.path),
                body: bodies[meeting.bodyID],
                state: meeting.agendaPublishedOn.map { "Published on \(UKDateFormat.long($0))" } ?? (due < today ? "Not published: late" : "Not published yet"),
                link: url))
        }
        if staff && body == nil { rows += try await programmeDeadlines(on: db) }
        return rows.sorted { ($0.entry.date, $0.entry.time ?? ClockTime(hour: 0, minute: 0)!, $0.entry.title)
            < ($1.entry.date, $1.entry.time ?? ClockTime(hour: 0, minute: 0)!, $1.entry.title) }
    }

    /// The Part I agenda, then the decisions once the minutes are written.
    func notes(_ meeting: Meeting, items: [AgendaItem], decisions: [Decision]) -> String? {
        var lines: [String] = []
        if let reason = meeting.cancelReason { lines.append("Cancelled: \(reason)") }
        if !items.isEmpty {
            lines.append("Agenda:")
            lines += items.map { "\($0.position). \($0.title)" + ($0.isExempt ? " (Part II)" : "") }
        }
        if !decisions.isEmpty {
            let positions = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0.position) })
            lines.append("Decisions:")
            lines += decisions.map { "\(positions[$0.itemID] ?? 0).\($0.number) \($0.text)" }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// Draft reports' publication deadlines and the monthly update deadlines of plans in delivery.
    func programmeDeadlines(on db: any Database) async throws -> [CalendarRow] {
        let cid = Parameter.value(council.id)
        var rows: [CalendarRow] = []
        for report in try await ReportStore.list(in: council.id, publishedOnly: false, on: db)
        where report.status != .published && report.status != .superseded {
            let url = SiteURL.report(cid, .value(report.id))
            rows.append(CalendarRow(
                entry: CalendarEntry(uid: "report-\(report.id)@oversight", kind: .papersDue, date: rules.publishBy(meeting: report.meetingDate),
                                     title: "Report due for publication: \(report.title)",
                                     notes: "For the meeting of \(UKDateFormat.long(report.meetingDate)).", url: baseURL + url.path),
                body: nil, state: report.status.label, link: url))
        }
        for plan in try await PlanStore.plans(in: council.id, on: db) where plan.status == .active || plan.status == .approved {
            for period in try await UpdateStore.periods(of: plan.id, on: db) {
                let url = SiteURL.period(cid, .value(plan.id), .value(period.id))
                rows.append(CalendarRow(
                    entry: CalendarEntry(uid: "updates-\(period.id)@oversight", kind: .updatesDue, date: period.deadline,
                                         title: "Updates due: \(plan.title), \(period.label)", url: baseURL + url.path),
                    body: nil, state: period.isOpen ? "Open" : "Closed", link: url))
            }
        }
        return rows
    }
}
