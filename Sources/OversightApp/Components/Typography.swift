import OversightDocuments

enum HeadingSize: String { case xl, l, m, s }

func heading(_ level: Int, _ text: String, size: HeadingSize, caption: String? = nil, id: String? = nil) -> BodyNode {
    el("h\(level)", [("class", "ov-heading-\(size.rawValue)"), ("id", id)], [
        caption.map { el("span", [("class", "ov-caption-\(size == .xl ? "l" : "m")")], text: $0) } ?? .empty,
        .text(text),
    ])
}

func paragraph(_ text: String, classes: String = "ov-body") -> BodyNode {
    el("p", [("class", classes)], text: text)
}

func paragraph(_ children: [BodyNode], classes: String = "ov-body") -> BodyNode {
    el("p", [("class", classes)], children)
}

func bulletList(_ items: [BodyNode]) -> BodyNode {
    el("ul", [("class", "ov-list ov-list--bullet")], items.map { el("li", [], [$0]) })
}

func inset(_ children: [BodyNode]) -> BodyNode {
    el("div", [("class", "ov-inset-text")], children)
}

func backLink(_ text: String = "Back", to url: SiteURL) -> BodyNode {
    el("a", [("href", url.path), ("class", "ov-back-link")], text: text)
}

func buttonLink(_ text: String, to url: SiteURL, query: [(String, String?)] = [], secondary: Bool = false) -> BodyNode {
    el("a", [("href", url.path(query: query)), ("role", "button"), ("draggable", "false"),
             ("class", secondary ? "ov-button ov-button--secondary" : "ov-button")], text: text)
}

/// "1 action", "2 actions", "0 actions": a count with its noun agreeing.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}

/// The "Download" links of a document (a report, a board pack, a self-assessment): one list, left
/// out of the printed page.
/// A link that saves a file (a spreadsheet, a CSV) rather than opening a page.
func fileLink(_ text: String, to url: SiteURL, query: [(String, String?)] = []) -> BodyNode {
    el("a", [("class", "ov-link"), ("href", query.isEmpty ? url.path : url.path(query: query)), ("download", "")], text: text)
}

func downloadLinks(_ links: [(text: String, url: SiteURL)]) -> BodyNode {
    el("div", [("class", "ov-no-print")], [
        heading(2, "Download", size: .s),
        el("ul", [("class", "ov-list ov-list--inline")], links.map { link in
            el("li", [], [fileLink(link.text, to: link.url)])
        }),
    ])
}
