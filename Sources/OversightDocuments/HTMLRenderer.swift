/// Renders a document as an HTML fragment (no `<html>` or `<body>`), for embedding in a page
/// or in a printable report. Every text and attribute value goes through `HTMLEscaping`, and a
/// link is printed only to an address `HTMLEscaping.linkTarget` allows.
public enum HTMLRenderer {
    /// `headingOffset` moves every heading down, so that a document shown inside a page that has
    /// its own `h1` keeps one `h1` per page and an unbroken heading order.
    public static func render(_ document: Document, headingOffset: Int = 0) -> String {
        var nodes: [HTMLNode] = []
        var section = 0
        for block in document.blocks {
            switch block {
            case let .heading(2, text) where document.hasContents:
                section += 1
                nodes.append(.element(named: "h\(min(max(2 + headingOffset, 1), 6))",
                                      nodes: [.escapedAttribute("id", Document.sectionAnchor(section)), HTMLNode.text(text)]))
            case .contents:
                nodes.append(contents(document.sections))
            default:
                nodes.append(self.block(block, headingOffset: headingOffset))
            }
        }
        return HTMLNode.div(.escapedAttribute("class", "document"), .group(nodes)).render()
    }

    /// A navigation landmark of links to the sections, numbered as the sections are.
    static func contents(_ sections: [String]) -> HTMLNode {
        .element(named: "nav", nodes: [
            .escapedAttribute("class", "ov-contents"), .escapedAttribute("aria-label", "Contents"),
            .element(named: "p", nodes: [.element(named: "strong", text: "Contents")]),
            .element(named: "ol", nodes: sections.enumerated().map { index, text in
                HTMLNode.element(named: "li", nodes: [.element(named: "a", nodes: [.escapedAttribute("href", "#" + Document.sectionAnchor(index + 1)), .text(text)])])
            }),
        ])
    }

    static func block(_ block: Block, headingOffset: Int = 0) -> HTMLNode {
        switch block {
        case let .heading(level, text):
            return .element(named: "h\(min(max(level + headingOffset, 1), 6))", nodes: [HTMLNode.text(text)])
        case let .paragraph(inlines):
            return .element(named: "p", nodes: inlines.map(inline))
        case let .list(ordered, items):
            let nodes = items.map { HTMLNode.element(named: "li", nodes: $0.map(inline)) }
            return .element(named: ordered ? "ol" : "ul", nodes: nodes)
        case let .summary(pairs):
            return .element(named: "dl", nodes: pairs.flatMap { pair in
                [HTMLNode.element(named: "dt", nodes: [HTMLNode.text(pair.label)]),
                 .element(named: "dd", nodes: pair.value.map(inline))]
            })
        case let .table(table):
            return .element(named: "table", nodes: [
                table.caption.map { .element(named: "caption", text: $0) } ?? .empty,
                .element(named: "thead", nodes: [.element(named: "tr", nodes: table.header.map { heading in
                    .element(named: "th", nodes: [.escapedAttribute("scope", "col"), .text(heading)])
                })]),
                .element(named: "tbody", nodes: table.rows.map { row in
                    .element(named: "tr", nodes: row.map { cell in
                        .element(named: "td", nodes: [cell.fill.map { .escapedAttribute("class", "fill-\($0.rawValue)") } ?? .empty,
                                                      .text(cell.text)])
                    })
                }),
            ])
        case let .markdown(text):
            return .div(.escapedAttribute("class", "ov-narrative"), .raw(Narrative.html(shiftingHeadings(text, by: headingOffset + 2))))
        case .pageBreak:
            return .div(.escapedAttribute("class", "page-break"), .escapedAttribute("aria-hidden", "true"))
        case .contents:
            // Only a whole document knows its sections; `render` draws the list.
            return .empty
        case let .exempt(notice, _):
            return .element(named: "p", nodes: [.escapedAttribute("class", "ov-exempt-notice"), .element(named: "strong", text: notice)])
        }
    }

    static func inline(_ inline: Inline) -> HTMLNode {
        switch inline {
        case let .text(text): .text(text)
        case let .strong(text): .element(named: "strong", text: text)
        case let .link(text, url):
            if let target = HTMLEscaping.linkTarget(url) {
                .element(named: "a", nodes: [.escapedAttribute("href", target), .text(text)])
            } else {
                .text(text)
            }
        }
    }

    /// Headings typed in a section sit below the section's own heading.
    static func shiftingHeadings(_ markdown: String, by levels: Int) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let hashes = line.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return String(line) }
            return String(repeating: "#", count: min(6, hashes + levels)) + line.dropFirst(hashes)
        }.joined(separator: "\n")
    }
}
