import OversightDocuments

/// One page of a longer list: which items to show and how to say where the reader is.
struct Paging {
    var page: Int
    var perPage: Int
    var total: Int

    var pages: Int { max(1, (total + perPage - 1) / perPage) }
    /// The page asked for, kept within the pages there are.
    var current: Int { min(max(1, page), pages) }
    var range: Range<Int> { min(total, (current - 1) * perPage)..<min(total, current * perPage) }

    func slice<T>(_ items: [T]) -> ArraySlice<T> { items[range] }

    /// "Showing 51 to 100 of 480 actions"
    func summary(_ noun: String) -> String {
        total == 0 ? "No \(noun)" : "Showing \(range.lowerBound + 1) to \(range.upperBound) of \(total) \(noun)"
    }
}

/// Pagination for a list whose only query is its page.
func pagination(_ paging: Paging, label: String, of url: SiteURL) -> BodyNode {
    pagination(paging, label: label) { url.path(query: [("page", $0 == 1 ? nil : String($0))]) }
}

/// GOV.UK pagination: previous and next links with the page numbers between, the current one marked.
func pagination(_ paging: Paging, label: String, href: (Int) -> String) -> BodyNode {
    guard paging.pages > 1 else { return .empty }
    let current = paging.current
    let shown = Set([1, paging.pages, current - 1, current, current + 1]).filter { (1...paging.pages).contains($0) }.sorted()
    var items: [BodyNode] = []
    var previous = 0
    for number in shown {
        if number - previous > 1 { items.append(el("li", [("class", "ov-pagination__item ov-pagination__item--ellipses")], text: "…")) }
        items.append(el("li", [("class", number == current ? "ov-pagination__item ov-pagination__item--current" : "ov-pagination__item")], [
            el("a", [("class", "ov-link ov-pagination__link"), ("href", href(number)),
                     ("aria-label", "Page \(number)"), ("aria-current", number == current ? "page" : nil)],
               text: String(number)),
        ]))
        previous = number
    }
    return el("nav", [("class", "ov-pagination"), ("aria-label", label)], [
        current > 1 ? el("a", [("class", "ov-link ov-pagination__prev"), ("href", href(current - 1)), ("rel", "prev")],
                         [.text("Previous"), visuallyHidden(" page")]) : .empty,
        el("ul", [("class", "ov-pagination__list")], items),
        current < paging.pages ? el("a", [("class", "ov-link ov-pagination__next"), ("href", href(current + 1)), ("rel", "next")],
                                    [.text("Next"), visuallyHidden(" page")]) : .empty,
    ])
}
