import OversightDocuments
import OversightDomain

/// The public home of a council and, on a site with several councils, the list to choose from.
enum PublicHomeViews {
    static func home(_ model: PublicHome.Model, context: ViewContext) -> String {
        let cid = Parameter.value(model.council.id)
        return Layout.render(Page(
            title: "Meetings, reports and decisions", council: model.council, section: .overview, context: context, content: [
                heading(1, model.council.name, size: .xl, caption: "Meetings, reports and decisions"),
                paragraph("The council's boards and committees, their meetings with agendas, papers and minutes, and the reports they consider. "
                    + "Everything here is public; reports and agenda items exempt from publication (Part II) are named, with the reason, but not shown."),
                el("form", [("method", "get"), ("action", SiteURL.search(cid).path), ("class", "ov-filter"), ("role", "search")], [
                    textInput("q", label: "Search reports, agendas, minutes and decisions", value: nil, errors: FormErrors(), type: "search"),
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Search"),
                ]),
                heading(2, "Coming up", size: .l),
                model.upcoming.isEmpty ? paragraph("No meetings are scheduled yet. New meetings appear here and in the calendar as soon as they are arranged.")
                    : meetings(model.upcoming, caption: "The next meetings"),
                paragraph([link("See every meeting in the calendar", to: .calendar(cid)),
                           .text(", where you can also subscribe to it in Outlook or another calendar.")]),
                paragraph([.text("Follow new agendas, published reports and decisions in a feed reader: "),
                           link("the council's news (Atom feed)", to: .councilFeed(cid)),
                           .text(". Each board and committee's page has a feed of its own.")]),
                model.recent.isEmpty ? .empty : .group([
                    heading(2, "Recent meetings", size: .l),
                    meetings(model.recent, caption: "The latest meetings, newest first"),
                ]),
                heading(2, "Recent decisions", size: .l),
                model.decisions.isEmpty ? paragraph("No decisions have been recorded yet.")
                    : el("ul", [("class", "ov-list ov-list--spaced")], model.decisions.map { decision in
                        el("li", [], [
                            el("span", [("class", "ov-block")], text: decision.text),
                            el("span", [("class", "ov-hint ov-block")], [
                                link("\(decision.body), \(UKDateFormat.long(decision.date))", to: decision.meeting),
                                .text(": item \(decision.item)"),
                            ]),
                        ])
                    }),
                paragraph([link("Search every decision", to: .decisions(cid)),
                           .text(": by words in the decision or its reasons, by committee and by year.")]),
                heading(2, "Key decisions to come", size: .l),
                model.keyDecisions.isEmpty ? paragraph("No key decisions are planned at the moment.")
                    : el("ul", [("class", "ov-list ov-list--spaced")], model.keyDecisions.map { row in
                        el("li", [], [
                            el("span", [("class", "ov-block")], text: "\(row.entry.reference): \(row.entry.matter)"),
                            el("span", [("class", "ov-hint ov-block")],
                               text: "\(row.decisionMaker), \(UKDateFormat.long(row.entry.decisionDate))"
                                   + (row.entry.privateMeeting == nil ? "" : ". To be taken in private")),
                        ])
                    }),
                paragraph([link("The forward plan of key decisions", to: .forwardPlan(cid)),
                           .text(": what the executive will decide, when, on which documents, and whom to ask.")]),
                heading(2, "Recently published reports", size: .l),
                model.reports.isEmpty ? paragraph("No reports have been published yet.") : .group([
                    el("ul", [("class", "ov-list ov-list--spaced")], model.reports.map { report in
                        el("li", [], [
                            link(report.title, to: .report(cid, .value(report.id))),
                            el("span", [("class", "ov-hint ov-block")],
                               text: "\(report.committee), \(UKDateFormat.long(report.meetingDate))"
                                   + (report.isExempt ? ". Exempt from publication (Part II)" : "")),
                        ])
                    }),
                ]),
                paragraph([link(model.reportCount > model.reports.count ? "All \(model.reportCount) published reports" : "All published reports",
                                to: .reports(cid))]),
                heading(2, "Boards and committees", size: .l),
                model.bodies.isEmpty ? paragraph("No boards or committees are listed yet.")
                    : el("ul", [("class", "ov-list")], model.bodies.map { body in
                        el("li", [], [link(body.name, to: .body(cid, .value(body.id)))])
                    }),
                context.viewer == nil ? .group([
                    heading(2, "Council staff and board members", size: .m),
                    paragraph([.text("Sign in to see the improvement programme: its plans, progress, performance and risks. "),
                               link("Sign in", to: .signIn), .text(".")]),
                ]) : .empty,
            ]))
    }

    private static func meetings(_ rows: [PublicHome.Model.MeetingRow], caption: String) -> BodyNode {
        dataTable(caption: caption, captionSize: .s, head: ["Date", "Meeting", "Status"], rows: rows.map { row in
            [.text(UKDateFormat.withWeekday(row.date) + (row.time.map { ", \($0.label)" } ?? "")),
             .group([
                row.link.map { link(row.body, to: $0) } ?? .text(row.body),
                row.place.map { el("span", [("class", "ov-hint ov-block")], text: $0) } ?? .empty,
             ]),
             .text(row.state ?? "")]
        })
    }

    /// A site with several councils: each one's public home.
    static func councils(_ councils: [Council], context: ViewContext) -> String {
        Layout.render(Page(title: "Councils", council: nil, section: nil, context: context, content: [
            heading(1, "Meetings, reports and decisions", size: .xl),
            paragraph("Choose a council to see its boards and committees, their meetings and papers, and the reports they consider."),
            el("ul", [("class", "ov-list ov-list--spaced")], councils.map { council in
                el("li", [], [link(council.name, to: .council(.value(council.id)))])
            }),
        ]))
    }

    /// A site with no council yet, seen by a visitor.
    static func nothingYet(context: ViewContext) -> String {
        Layout.render(Page(title: "Welcome", council: nil, section: nil, context: context, content: [
            heading(1, "Welcome to Oversight", size: .xl),
            paragraph("Nothing has been published here yet. Council meetings, reports and decisions appear here once the council adds them."),
            paragraph([.text("Council staff: "), link("sign in", to: .signIn), .text(".")]),
        ]))
    }
}
