import OversightDocuments

/// The components a long table's cells are made of, written straight into the page (see
/// `HTMLWriter`) rather than built as nodes: the scorecard's 250 rows and charts, and every
/// `dataTable`'s rows and cells. Each writes the same bytes as the node it stands beside.
extension HTMLWriter {
    /// `<a href="..." class="ov-link">text</a>`, as `link(_:to:classes:)` makes it.
    mutating func link(_ text: String, to url: SiteURL, classes: String = "ov-link") {
        start("a")
        attribute("href", url.path)
        attribute("class", classes)
        startDone()
        self.text(text)
        close("a")
    }

    /// `<span class="...">text</span>`
    mutating func span(class classes: String, text: String) {
        element("span", class: classes, text: text)
    }

    /// A table's data cell around what `body` writes.
    mutating func cell(_ body: (inout HTMLWriter) -> Void) {
        open("td", class: "ov-table__cell")
        body(&self)
        close("td")
    }

    /// A table's data cell holding text.
    mutating func cell(text: String) {
        element("td", class: "ov-table__cell", text: text)
    }
}

/// HTML written straight by `body`, as a node to place among others.
func written(capacity: Int = 1024, _ body: (inout HTMLWriter) -> Void) -> BodyNode {
    var writer = HTMLWriter(capacity: capacity)
    body(&writer)
    return .raw(writer.output)
}
