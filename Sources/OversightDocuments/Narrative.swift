import Ink

/// Markdown that people type (update narratives, terms of reference) rendered as HTML.
///
/// Ink passes raw HTML through untouched, so `<`, `>` and `&` are escaped first: what a user
/// types can format text but can never become markup. Links keep only http, https and mailto
/// addresses.
public enum Narrative {
    public static func html(_ markdown: String) -> String {
        let escaped = escapingHTML(markdown)
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .links) { html, _ in
            let lower = html.lowercased()
            let safe = ["<a href=\"http://", "<a href=\"https://", "<a href=\"mailto:"].contains { lower.hasPrefix($0) }
            return safe ? html.replacingOccurrences(of: "<a href=", with: "<a rel=\"noopener noreferrer\" href=") : stripTags(html)
        })
        parser.addModifier(Modifier(target: .images) { _, markdown in String(markdown) })
        return parser.html(from: escaped)
    }

    /// `&`, `<` and `>` as entities: Markdown keeps its meaning, raw HTML becomes text.
    static func escapingHTML(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// The text of a fragment without its tags, for a link whose address is refused.
    static func stripTags(_ html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result
    }
}
