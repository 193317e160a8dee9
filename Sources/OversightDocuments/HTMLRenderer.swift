import Plot

/// Renders a document as an HTML fragment (no `<html>` or `<body>`), for embedding in a page
/// or in a printable report. Every text and attribute value goes through `HTMLEscaping`, and a
/// link is printed only to an address `HTMLEscaping.linkTarget` allows.
public enum HTMLRenderer {
    /// `headingOffset` moves every heading down, so that a document shown inside a page that has
    /// its own `h1` keeps one `h1` per page and an unbroken heading order.
    public static func render(_ document: Document, headingOffset: Int = 0) -> String {
        var nodes: [Node<HTML.BodyContext>] = []
        var section = 0
        for block in document.blocks {
            switch block {
            case let .heading(2, text) where document.hasContents:
                section += 1
                nodes.append(.element(named: "h\(min(max(2 + headingOffset, 1), 6))",
                                      nodes: [.escapedAttribute("id", Document.sectionAnchor(section)), Node<HTML.BodyContext>.text(text)]))
            case .contents:
                nodes.append(contents(document.sections))
            default:
                nodes.append(self.block(block, headingOffset: headingOffset))
            }
        }
        return Node<HTML.BodyContext>.div(.escapedAttribute("class", "document"), .group(nodes)).render()
    }

    /// A navigation landmark of links to the sections, numbered as the sections are.
    static func contents(_ sections: [String]) -> Node<HTML.BodyContext> {
        .element(named: "nav", nodes: [
            .escapedAttribute("class", "ov-contents"), .escapedAttribute("aria-label", "Contents"),
            .p(.strong("Contents")),
            .element(named: "ol", nodes: sections.enumerated().map { index, text in
                Node<HTML.BodyContext>.element(named: "li", nodes: [.element(named: "a", nodes: [.escapedAttribute("href", "#" + Document.sectionAnchor(index + 1)), .text(text)])])
            }),
        ])
    }

    static func block(_ block: Block, headingOffset: Int = 0) -> Node<HTML.BodyContext> {
        switch block {
        case let .heading(level, text):
            return .element(named: "h\(min(max(level + headingOffset, 1), 6))", nodes: [Node<HTML.BodyContext>.text(text)])
        case let .paragraph(inlines):
            return .p(.group(inlines.map(inline)))
        case let .list(ordered, items):
            let nodes = items.map { Node<HTML.BodyContext>.element(named: "li", nodes: $0.map(inline)) }
            return .element(named: ordered ? "ol" : "ul", nodes: nodes)
        case let .summary(pairs):
            return .element(named: "dl", nodes: pairs.flatMap { pair in
                [Node<HTML.BodyContext>.element(named: "dt", nodes: [Node<HTML.BodyContext>.text(pair.label)]),
                 .element(named: "dd", nodes: pair.value.map(inline))]
            })
        case let .table(table):
            return .table(
                .unwrap(table.caption) { .caption(.text($0)) },
                .thead(.tr(.forEach(table.header) { .th(.escapedAttribute("scope", "col"), .text($0)) })),
                .tbody(.forEach(table.rows) { row in
                    .tr(.forEach(row) { cell in
                        .td(.unwrap(cell.fill) { .escapedAttribute("class", "fill-\($0.rawValue)") }, .text(cell.text))
                    })
                })
            )
        case let .markdown(text):
            return .div(.escapedAttribute("class", "ov-narrative"), .raw(Narrative.html(shiftingHeadings(text, by: headingOffset + 2))))
        case .pageBreak:
            return .div(.escapedAttribute("class", "page-break"), .escapedAttribute("aria-hidden", "true"))
        case .contents:
            // Only a whole document knows its sections; `render` draws the list.
            return .empty
        }
    }

    static func inline(_ inline: Inline) -> Node<HTML.BodyContext> {
        switch inline {
        case let .text(text): .text(text)
        case let .strong(text): .strong(.text(text))
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
