import OversightDocuments
import OversightDomain

/// The decisions register: a filter by words, committee and year, then the decisions, newest first.
enum DecisionRegisterViews {
    static func page(_ model: DecisionRegister.Model, context: ViewContext) -> String {
        let cid = Parameter.value(model.council.id)
        let url = SiteURL.decisions(cid)
        let query = model.query, paging = model.paging
        let noErrors = FormErrors()
        return Layout.render(Page(
            title: paging.current > 1 ? "Decisions (page \(paging.current) of \(paging.pages))" : "Decisions",
            council: model.council, section: context.viewer == nil ? .decisions : .meetings, context: context, content: [
                heading(1, "Decisions", size: .l, caption: model.council.name),
                paragraph("Every decision the council's boards and committees have recorded in their minutes: what was decided, the reasons, "
                    + "the alternatives considered and rejected, the votes, and the interests members declared. "
                    + "A decision on business exempt from publication (Part II) is listed as exempt, with the paragraph of Schedule 12A that applies."),
                el("form", [("method", "get"), ("action", url.path), ("class", "ov-filter")], [
                    textInput("q", label: "Words in the decision or its reasons", value: query.words, errors: noErrors),
                    selectField("body", label: "Board or committee", options: model.bodies.map { ($0.id.description, $0.name) },
                                selected: query.body?.description, placeholder: "All boards and committees", errors: noErrors),
                    selectField("year", label: "Year", options: model.years.map { (String($0), String($0)) },
                                selected: query.year.map(String.init), placeholder: "Any year", errors: noErrors),
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Find decisions"),
                ]),
                paragraph([
                    .text(paging.summary("decisions") + ". "),
                    query.isFiltered ? link("Clear the filters", to: url) : .empty,
                ]),
                .group(model.rows.map(row)),
                pagination(paging, label: "Pages of decisions") { url.path(query: query.query(page: $0)) },
            ]))
    }

    private static func row(_ row: DecisionRegister.Row) -> BodyNode {
        let title = "\(row.body), \(UKDateFormat.long(row.date)): decision \(row.number)"
        guard !row.hidden else {
            return el("div", [("class", "ov-card")], [
                el("h2", [("class", "ov-heading-s")], [link(title, to: row.meeting)]),
                paragraph(row.paragraph.map { "Exempt from publication (Part II). \($0.citation): \($0.description)." }
                          ?? "Exempt from publication (Part II)."),
            ])
        }
        var facts = [SummaryRow("Item", row.item + (row.partTwo ? " (Part II)" : "")), SummaryRow("Reasons", row.reasons)]
        if let alternatives = row.alternatives { facts.append(SummaryRow("Alternatives considered and rejected", alternatives)) }
        if let votes = row.votes { facts.append(SummaryRow("Votes", votes)) }
        facts.append(row.declarations.isEmpty ? SummaryRow("Declarations of interest", "None")
            : SummaryRow("Declarations of interest", nodes: [el("ul", [("class", "ov-list")], row.declarations.map { el("li", [], text: $0) })]))
        return el("div", [("class", "ov-card")], [
            el("h2", [("class", "ov-heading-s")], [link(title, to: row.meeting)]),
            paragraph(row.text),
            summaryList(facts),
        ])
    }
}
