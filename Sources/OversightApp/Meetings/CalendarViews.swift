import OversightDomain
import Plot

enum CalendarViews {
    static func page(_ rows: [CalendarRow], start: CalendarDate, end: CalendarDate, latestBefore: CalendarRow?,
                     bodies: [GoverningBody], baseURL: String, today: CalendarDate, council: CouncilContext,
                     context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let last = end.adding(days: -1)
        var months: [(CalendarDate, [CalendarRow])] = []
        var month = start
        while month < end {
            let next = month.adding(months: 1)
            months.append((month, rows.filter { $0.entry.date >= month && $0.entry.date < next }))
            month = next
        }
        func monthCode(_ date: CalendarDate) -> String { String(date.iso.prefix(7)) }
        return Layout.render(Page(
            title: "Calendar", council: council, section: .meetings, breadcrumbs: [("Boards and committees", .bodies(cid))],
            context: context, content: [
                heading(1, "Calendar", size: .l),
                paragraph("Meetings of the boards and committees and the day their papers are due, five clear working days before."
                    + (context.meetings.read.isAllowed ? " You can also see when draft reports must be published and when monthly updates are due." : "")),
                el("nav", [("class", "ov-filter-links"), ("aria-label", "Months shown")], [
                    el("ul", [("class", "ov-list ov-list--inline")], [
                        // No link to months the calendar does not show (before 1900, after 2199).
                        CalendarDate.acceptedYears.contains(start.adding(months: -3).year)
                            ? el("li", [], [link("Previous 3 months", to: .calendar(cid), query: [("from", monthCode(start.adding(months: -3)))])]) : .empty,
                        el("li", [], [el("strong", text: "\(UKDateFormat.monthAndYear(start)) to \(UKDateFormat.monthAndYear(last))")]),
                        CalendarDate.acceptedYears.contains(end.year)
                            ? el("li", [], [link("Next 3 months", to: .calendar(cid), query: [("from", monthCode(end))])]) : .empty,
                    ]),
                ]),
                latestBefore.map { row in
                    inset([paragraph([.text("Nothing is in the calendar for these months. The last meeting before them was on \(UKDateFormat.long(row.entry.date)): "),
                                      link("show \(UKDateFormat.monthAndYear(row.entry.date))", to: .calendar(cid), query: [("from", monthCode(row.entry.date))]),
                                      .text(".")])])
                } ?? .empty,
                .group(months.map { month, rows in
                    .group([
                        heading(2, UKDateFormat.monthAndYear(month), size: .m),
                        rows.isEmpty ? paragraph("Nothing this month.") : dataTable(
                            caption: "\(UKDateFormat.monthAndYear(month)): \(counted(rows.count, "entry", "entries"))", captionSize: .s,
                            head: ["Date", "What", "Status"], rows: rows.map { row in
                                [.text(UKDateFormat.withWeekday(row.entry.date) + (row.entry.time.map { ", \($0.label)" } ?? "")),
                                 .group([
                                    el("span", [("class", "ov-hint ov-block")], text: row.entry.kind.label),
                                    row.link.map { link(row.entry.title, to: $0) } ?? .text(row.entry.title),
                                    row.entry.location.map { el("span", [("class", "ov-block")], text: $0) } ?? .empty,
                                 ]),
                                 .text(row.state ?? "")]
                            }),
                    ])
                }),
                heading(2, "Subscribe in Outlook or another calendar", size: .m),
                paragraph("Copy one of these addresses. In Outlook choose Add calendar, then Subscribe from web, and paste it. "
                    + "The calendar updates itself every few hours. Subscribed calendars show meetings and their Part I agendas, decisions and papers deadlines only."),
                summaryList([SummaryRow("All boards and committees", nodes: [
                    el("code", [("class", "ov-code")], text: baseURL + SiteURL.calendarFeed(cid).path),
                    el("span", [("class", "ov-block")], [link("Download the calendar file", to: .calendarFeed(cid))]),
                ])] + bodies.map { body in
                    SummaryRow(body.name, nodes: [el("code", [("class", "ov-code")],
                                                     text: baseURL + SiteURL.bodyCalendarFeed(cid, .value(body.id)).path)])
                }),
            ]))
    }
}
