import Fluent
import OversightDomain
import OversightStore

/// The news of a council, or of one of its committees, as a feed: agendas as they are published,
/// reports as they are published, and decisions as the minutes record them. Only what any visitor
/// may read, whoever asks: a feed is read by programs that never sign in, and a copy read by a
/// signed-in person must not hold more (an exempt report is named as exempt; Part II business and
/// its decisions are left out, as the calendar leaves them out).
struct PublicFeed {
    var council: Council
    var baseURL: String

    /// The newest this many: a reader keeps what it has already read.
    static let length = 50

    func feed(body: GoverningBody? = nil, on db: any Database) async throws -> AtomFeed {
        let cid = Parameter.value(council.id)
        let names = Dictionary(uniqueKeysWithValues: try await BodyStore.all(in: council.id, on: db).map { ($0.id, $0.name) })
        let meetings = try await MeetingStore.meetings(in: council.id, body: body?.id, on: db).filter { $0.agendaPublishedOn != nil }
        let items = try await MeetingStore.items(of: meetings.map(\.id), on: db).filter { !$0.isExempt }
        let itemsByID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
        let decisions = try await MeetingStore.decisions(of: meetings.map(\.id), on: db)
        var entries: [AtomFeed.Entry] = []
        for meeting in meetings {
            guard let published = meeting.agendaPublishedOn else { continue }
            let name = names[meeting.bodyID] ?? "Meeting"
            let page = baseURL + SiteURL.meeting(cid, .value(meeting.id)).path
            let when = UKDateFormat.withWeekday(meeting.date) + " at " + meeting.time.label
            let business = items.filter { $0.meetingID == meeting.id }.map { "\($0.position). \($0.title)" }
            entries.append(AtomFeed.Entry(
                id: page + "#agenda", title: "Agenda: \(name), \(UKDateFormat.long(meeting.date))"
                    + (meeting.status == .cancelled ? " (cancelled)" : ""),
                updated: published, link: page,
                summary: (["\(name) meets on \(when), \(meeting.place)."] + business).joined(separator: "\n"), category: "Agenda"))
            for decision in decisions where decision.meetingID == meeting.id {
                guard let item = itemsByID[decision.itemID] else { continue }
                entries.append(AtomFeed.Entry(
                    id: page + "#decision-\(item.position)-\(decision.number)",
                    title: "Decision \(item.position).\(decision.number): \(name), \(UKDateFormat.long(meeting.date))",
                    updated: meeting.date, link: page,
                    summary: "\(decision.text)\nItem: \(item.title)\nReasons: \(decision.reasons)", category: "Decision"))
            }
        }
        for report in try await ReportStore.list(in: council.id, publishedOnly: true, on: db)
        where body.map({ $0.id == report.body.id }) ?? true {
            guard let publication = try await ReportPublicationStore.find(report.id, on: db)?.publication else { continue }
            let page = baseURL + SiteURL.report(cid, .value(report.id)).path
            entries.append(AtomFeed.Entry(
                id: page, title: "Report: \(report.title)", updated: publication.publishedOn, link: page,
                summary: "For \(report.body.name), \(UKDateFormat.long(report.meetingDate))."
                    + (report.part == .partII ? " This report is exempt from publication (Part II)." : ""),
                category: "Report"))
        }
        entries.sort { ($0.updated, $0.id) > ($1.updated, $1.id) }
        let alternate = baseURL + (body.map { SiteURL.body(cid, .value($0.id)) } ?? SiteURL.council(cid)).path
        let url = baseURL + (body.map { SiteURL.bodyFeed(cid, .value($0.id)) } ?? SiteURL.councilFeed(cid)).path
        return AtomFeed(id: url, title: body.map { "\($0.name), \(council.name)" } ?? "\(council.name): meetings, reports and decisions",
                        subtitle: "New agendas, published reports and decisions.", alternate: alternate, author: council.name,
                        entries: Array(entries.prefix(Self.length)))
    }
}
