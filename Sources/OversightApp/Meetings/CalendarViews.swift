import OversightDocuments
import OversightDomain

enum CalendarViews {
    static func page(_ model: MeetingCalendar.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
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
                        model.previous.map { previous in
                            el("li", [], [link("Previous 3 months", to: .calendar(cid), query: [("from", monthCode(previous))])])
                        } ?? .empty,
                        el("li", [], [el("strong", text: "\(UKDateFormat.monthAndYear(model.start)) to \(UKDateFormat.monthAndYear(model.last))")]),
                        model.next.map { next in
                            el("li", [], [link("Next 3 months", to: .calendar(cid), query: [("from", monthCode(next))])])
                        } ?? .empty,
                    ]),
                ]),
                model.latestBefore.map { date in
                    inset([paragraph([.text("Nothing is in the calendar for these months. The last meeting before them was on \(UKDateFormat.long(date)): "),
                                      link("show \(UKDateFormat.monthAndYear(date))", to: .calendar(cid), query: [("from", monthCode(date))]),
                                      .text(".")])])
                } ?? .empty,
                .group(model.months.map { month in
                    .group([
                        heading(2, UKDateFormat.monthAndYear(month.start), size: .m),
                        month.rows.isEmpty ? paragraph("Nothing this month.") : dataTable(
                            caption: "\(UKDateFormat.monthAndYear(month.start)): \(counted(month.entryCount, "entry", "entries"))", captionSize: .s,
                            head: ["Date", "What", "Status"], rows: month.rows.map { row in
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
                    el("code", [("class", "ov-code")], text: model.baseURL + SiteURL.calendarFeed(cid).path),
                    el("span", [("class", "ov-block")], [link("Download the calendar file", to: .calendarFeed(cid))]),
                ])] + model.feeds.map { feed in
                    SummaryRow(feed.name, nodes: [el("code", [("class", "ov-code")],
                                                     text: model.baseURL + SiteURL.bodyCalendarFeed(cid, .value(feed.bodyID)).path)])
                }),
            ]))
    }
}
