import Foundation
import Ink

/// Markdown that people type (update narratives, terms of reference) rendered as HTML.
///
/// Ink passes raw HTML through untouched and builds `<a href="...">` from a link's target as it
/// is, so everything a user typed is escaped first (`&`, `<`, `>`, `"` and `'`): what a user types
/// can format text but can never become markup or leave an attribute. Links keep only the
/// addresses `HTMLEscaping.linkTarget` allows; images become their words.
public enum Narrative {
    /// Beyond this, a narrative is shown as plain paragraphs rather than parsed: Markdown parsing
    /// costs more than its length on some inputs, and no narrative a form takes is this long.
    public static let maxMarkdownCharacters = 200_000
    /// Square brackets open deeper than this are shown as brackets (`&#91;`) rather than parsed:
    /// a link whose words hold an image is two deep, and nothing a narrative needs is deeper.
    static let maxBracketDepth = 2

    public static func html(_ markdown: String) -> String {
        if markdown.utf8.count > maxMarkdownCharacters * 4 || markdown.count > maxMarkdownCharacters {
            return plainParagraphs(markdown)
        }
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .links) { html, _ in link(html) })
        parser.addModifier(Modifier(target: .images) { _, markdown in String(markdown) })
        // Ink escapes `&` again inside code, so "&amp;" typed as code would show as "&amp;amp;".
        parser.addModifier(Modifier(target: .inlineCode) { html, _ in undoingDoubleEscape(html) })
        parser.addModifier(Modifier(target: .codeBlocks) { html, _ in undoingDoubleEscape(html) })
        return parser.html(from: defusingBrackets(HTMLEscaping.attribute(markdown)))
    }

    /// Ink reads a link's words as Markdown again, one call deeper for every "[" still open, and
    /// when no link follows it reads them all once more: a few thousand brackets ran a request's
    /// stack out and ended the server, and a few hundred "![" took minutes. An unclosed "(" after
    /// "]" is read to the end of its line, for every such pair. So brackets that Ink could only
    /// read in vain are written as entities (`&#91;`, `&#40;`), shown as typed and never parsed:
    /// a "[" with no "]" in its paragraph or opened deeper than `maxBracketDepth`, and a "(" after
    /// "]" with no ")" on its line. What is left costs a small multiple of its length.
    static func defusingBrackets(_ text: String) -> String {
        let characters = Array(text)
        var defused = [Bool](repeating: false, count: characters.count)
        var openBrackets: [Int] = []
        var openParentheses: [Int] = []
        var lineIsBlank = true
        func endLine() {
            for index in openParentheses where index > 0 && characters[index - 1] == "]" { defused[index] = true }
            openParentheses.removeAll()
        }
        func endParagraph() {
            for index in openBrackets { defused[index] = true }
            openBrackets.removeAll()
        }
        for (index, character) in characters.enumerated() {
            switch character {
            case "[" where openBrackets.count >= maxBracketDepth: defused[index] = true
            case "[": openBrackets.append(index)
            case "]": _ = openBrackets.popLast()
            case "(": openParentheses.append(index)
            case ")": _ = openParentheses.popLast()
            case _ where character.isNewline:
                endLine()
                // A blank line ends the paragraph, and with it every bracket still open.
                if lineIsBlank { endParagraph() }
                lineIsBlank = true
                continue
            default: break
            }
            if !character.isWhitespace { lineIsBlank = false }
        }
        endLine()
        endParagraph()
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (index, character) in characters.enumerated() {
            if defused[index] {
                result += character == "[" ? "&#91;" : "&#40;"
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// `&`, `<` and `>` as entities: Markdown keeps its meaning, raw HTML becomes text. For the
    /// Markdown download, which is not HTML but should not carry markup either; a link to an
    /// address the pages would not link to keeps only its words there too.
    static func escapingHTML(_ text: String) -> String {
        HTMLEscaping.text(withoutUnsafeLinks(text))
    }

    /// Every `[words](target)` as its words: Markdown as a reader sees it.
    public static func withoutLinks(_ markdown: String) -> String {
        rewritingLinks(markdown) { _ in false }
    }

    /// `[words](target)` with a target `HTMLEscaping.linkTarget` refuses becomes `words`.
    static func withoutUnsafeLinks(_ markdown: String) -> String {
        rewritingLinks(markdown) { HTMLEscaping.linkTarget($0) != nil }
    }

    private static func rewritingLinks(_ markdown: String, keeping: (String) -> Bool) -> String {
        guard markdown.contains("](") else { return markdown }
        var result = ""
        var rest = Substring(markdown)
        while let close = rest.range(of: "](") {
            guard let open = rest[..<close.lowerBound].lastIndex(of: "["),
                  let end = closingParenthesis(in: rest[close.upperBound...]) else {
                result += rest[..<close.upperBound]
                rest = rest[close.upperBound...]
                continue
            }
            let target = String(rest[close.upperBound..<end])
            result += rest[..<open]
            if !keeping(target) {
                result += rest[rest.index(after: open)..<close.lowerBound]
            } else {
                result += rest[open...end]
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// Ink's `<a href="TARGET">TEXT</a>`, where TARGET is still escaped as the whole narrative was,
    /// so it holds no `"`: read the address back, keep the link only if it is allowed, and print
    /// it escaped again. A refused link keeps its words.
    static func link(_ html: String) -> String {
        let opening = "<a href=\""
        guard html.hasPrefix(opening), let close = html.dropFirst(opening.count).firstIndex(of: "\""),
              let textStart = html[close...].firstIndex(of: ">") else { return stripTags(html) }
        let target = HTMLEscaping.unescape(html[html.index(html.startIndex, offsetBy: opening.count)..<close])
        guard let allowed = HTMLEscaping.linkTarget(target) else { return stripTags(html) }
        let rest = html[html.index(after: textStart)...]
        return "<a rel=\"noopener noreferrer\" href=\"\(HTMLEscaping.attribute(allowed))\">" + rest
    }

    /// One pass, so that "&amp;lt;" (what `&lt;` typed as code becomes) is undone once, to show
    /// "&lt;", and never twice, to show "<".
    static func undoingDoubleEscape(_ html: String) -> String {
        let names = ["amp;", "lt;", "gt;", "quot;", "#39;", "#91;", "#40;"]
        var result = ""
        var rest = Substring(html)
        while let found = rest.range(of: "&amp;") {
            result += rest[..<found.lowerBound]
            let after = rest[found.upperBound...]
            if let name = names.first(where: { after.hasPrefix($0) }) {
                result += "&" + name
                rest = after.dropFirst(name.count)
            } else {
                result += "&amp;"
                rest = after
            }
        }
        return result + rest
    }

    /// The ")" that ends a link's target, with parentheses inside it balanced, as Ink reads it.
    private static func closingParenthesis(in text: Substring) -> Substring.Index? {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "(": depth += 1
            case ")":
                if depth == 0 { return index }
                depth -= 1
            case "\n": return nil
            default: continue
            }
        }
        return nil
    }

    /// Too long to parse: each paragraph as text.
    static func plainParagraphs(_ text: String) -> String {
        text.split(separator: "\n\n", omittingEmptySubsequences: true)
            .map { "<p>" + HTMLEscaping.text(String($0)) + "</p>" }.joined(separator: "\n")
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
