import OversightDocuments
import OversightDomain

/// The search page: the box and its filters, then the results, best first, each with where the
/// words were found.
enum SearchViews {
    static func page(_ model: Search.Model, context: ViewContext) -> String {
        let cid = Parameter.value(model.council.id)
        let url = SiteURL.search(cid)
        let query = model.query, paging = model.paging
        let noErrors = FormErrors()
        let searched = !query.words.isEmpty
        return Layout.render(Page(
            title: searched ? "Search results for \u{201C}\(query.text ?? "")\u{201D}" + (paging.current > 1 ? " (page \(paging.current))" : "")
                            : "Search",
            council: model.council, section: .search, context: context, content: [
                heading(1, "Search", size: .l, caption: model.council.name),
                paragraph(model.staff
                    ? "Published and draft reports, agendas, minutes, decisions, the forward plan, plan actions, progress updates and risks. Part II material is found only by people with Part II access."
                    : "Published reports, agendas, minutes, decisions and the forward plan of key decisions. Material exempt from publication (Part II) is not searched."),
                el("form", [("method", "get"), ("action", url.path), ("class", "ov-filter"), ("role", "search")], [
                    textInput("q", label: "Words to find", hint: "Every word must appear; \"placement\" also finds \"placements\"",
                              value: query.text, errors: noErrors, type: "search"),
                    selectField("body", label: "Board or committee", options: model.bodies.map { ($0.id.description, $0.name) },
                                selected: query.body?.description, placeholder: "Any board or committee", errors: noErrors),
                    selectField("year", label: "Year", options: model.years.reversed().map { (String($0), String($0)) },
                                selected: query.year.map(String.init), placeholder: "Any year", errors: noErrors),
                    selectField("type", label: "Type", options: model.kinds.map { ($0.rawValue, $0.label) },
                                selected: query.kind?.rawValue, placeholder: "Anything", errors: noErrors),
                    el("button", [("type", "submit"), ("class", "ov-button")], text: "Search"),
                ]),
                searched ? paragraph([
                    .text(paging.summary("results") + ". "),
                    query.isFiltered ? link("Clear the filters", to: url, query: [("q", query.text)]) : .empty,
                ]) : .empty,
                el("ol", [("class", "ov-list ov-search-results")], model.results.map(result)),
                pagination(paging, label: "Pages of results") { url.path(query: query.query(page: $0)) },
            ]))
    }

    private static func result(_ result: Search.Result) -> BodyNode {
        el("li", [("class", "ov-search-result")], [
            el("h2", [("class", "ov-heading-s")], [el("a", [("class", "ov-link"), ("href", result.url)], text: result.title)]),
            el("p", [("class", "ov-hint")], [tag(result.kind, .grey), .text(" " + result.heading)]),
            el("p", [("class", "ov-body")], result.passage.map { part in
                switch part {
                case let .text(text): .text(text)
                case let .found(text): el("mark", [], text: text)
                }
            }),
        ])
    }
}
