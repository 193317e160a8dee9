import OversightDomain

/// Renders a document as CommonMark with pipe tables, for people who paste into other tools.
/// Text is escaped so that a user's "*" or "|" stays literal.
public enum MarkdownRenderer {
    public static func render(_ document: Document) -> String {
        var out: [String] = []
        for block in document.blocks {
            switch block {
            case let .heading(level, text):
                out.append(String(repeating: "#", count: min(max(level, 1), 6)) + " " + escape(text))
            case let .paragraph(inlines):
                out.append(inlines.map(inline).joined())
            case let .list(ordered, items):
                out.append(items.enumerated().map { index, item in
                    (ordered ? "\(index + 1). " : "- ") + item.map(inline).joined()
                }.joined(separator: "\n"))
            case let .summary(pairs):
                out.append(pairs.map { "- **\(escape($0.label))**: " + $0.value.map(inline).joined() }
                    .joined(separator: "\n"))
            case let .table(table):
                var lines: [String] = []
                if let caption = table.caption { lines.append("**\(escape(caption))**\n") }
                lines.append("| " + table.header.map(cellText).joined(separator: " | ") + " |")
                lines.append("|" + table.header.map { _ in " --- |" }.joined())
                for row in table.rows {
                    lines.append("| " + row.map { cellText($0.text) }.joined(separator: " | ") + " |")
                }
                out.append(lines.joined(separator: "\n"))
            case let .markdown(text):
                // The author's Markdown stays Markdown; only raw HTML is neutralised, as on the page.
                out.append(Narrative.escapingHTML(text.trimmingWhitespace))
            case .pageBreak:
                out.append("---")
            case let .exempt(notice, _):
                out.append("**\(escape(notice))**")
            case .contents:
                out.append("**Contents**\n\n" + document.sections.enumerated().map { "\($0 + 1). \(escape($1))" }
                    .joined(separator: "\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    static func inline(_ inline: Inline) -> String {
        switch inline {
        case let .text(text): escape(text)
        case let .strong(text): "**" + escape(text) + "**"
        case let .link(text, url): "[\(escape(text))](<\(url.replacingAll("<", with: "%3C").replacingAll(">", with: "%3E"))>)"
        }
    }

    /// Backslash-escapes the characters that CommonMark could read as markup, and `<` and `&`
    /// so that no HTML passes through a renderer downstream.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "<", ">", "&", "!":
                result.append("\\")
                result.append(character)
            case "\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }

    static func cellText(_ text: String) -> String { escape(text) }
}
