import OversightDomain

/// Reads the Markdown people type in report sections into document blocks, for the formats that
/// cannot take HTML (Word). It knows what a committee report uses: paragraphs, bulleted and
/// numbered lists, headings, **bold** and [links](https://...). Anything else stays as its text,
/// so nothing a person wrote is ever dropped. (Ink renders the same text for the browser; it
/// produces HTML only, with no tree to walk.)
public enum MarkdownBlocks {
    public static func parse(_ markdown: String, headingBase: Int = 3) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var listItems: [String] = []
        var listOrdered = false

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(inlines(paragraph.joined(separator: " "))))
            paragraph = []
        }
        func flushList() {
            guard !listItems.isEmpty else { return }
            blocks.append(.list(ordered: listOrdered, items: listItems.map(inlines)))
            listItems = []
        }

        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmingWhitespace
            if line.isEmpty {
                flushParagraph()
                flushList()
                continue
            }
            if let (level, text) = heading(line) {
                flushParagraph()
                flushList()
                blocks.append(.heading(level: min(6, headingBase + level - 1), text: plain(text)))
            } else if let (ordered, text) = listItem(line) {
                flushParagraph()
                if !listItems.isEmpty && ordered != listOrdered { flushList() }
                listOrdered = ordered
                listItems.append(text)
            } else if !listItems.isEmpty && rawLine.first == " " {
                // A continuation line of the last list item.
                listItems[listItems.count - 1] += " " + line
            } else {
                flushList()
                paragraph.append(line)
            }
        }
        flushParagraph()
        flushList()
        return blocks
    }

    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, String(line.dropFirst(hashes + 1)).trimmingWhitespace)
    }

    static func listItem(_ line: String) -> (Bool, String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count < 4 {
            let rest = line.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " {
                return (true, String(rest.dropFirst(2)))
            }
        }
        return nil
    }

    /// Bold and links; other markers are removed and their text kept. Linear in the text: a
    /// search that finds no closing marker is not made again, and a search that finds one is
    /// paid for by the text it consumes, so a line of many "[" or "**" costs no more than its length.
    static func inlines(_ text: String) -> [Inline] {
        var result: [Inline] = []
        var buffer = ""
        var rest = Substring(text)
        var unclosed: Set<String> = []
        func flush() {
            if !buffer.isEmpty { result.append(.text(plain(buffer))) }
            buffer = ""
        }
        func closing(_ marker: String, in text: Substring) -> Range<Substring.Index>? {
            guard !unclosed.contains(marker) else { return nil }
            guard let found = text.range(of: marker) else {
                unclosed.insert(marker)
                return nil
            }
            return found
        }
        while let first = rest.first {
            let pair = String(rest.prefix(2))
            if pair == "**" || pair == "__", let end = closing(pair, in: rest.dropFirst(2)) {
                flush()
                result.append(.strong(plain(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]))))
                rest = rest[end.upperBound...]
            } else if first == "[", !unclosed.contains(")"), let close = closing("](", in: rest),
                      let end = closing(")", in: rest[close.upperBound...]) {
                let label = String(rest[rest.index(after: rest.startIndex)..<close.lowerBound])
                let url = String(rest[close.upperBound..<end.lowerBound])
                flush()
                if let target = HTMLEscaping.linkTarget(url), !target.hasPrefix("/") {
                    result.append(.link(text: plain(label), url: target))
                } else {
                    result.append(.text(plain(label)))
                }
                rest = rest[end.upperBound...]
            } else {
                buffer.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        return result
    }

    /// The text without emphasis markers and backslash escapes.
    static func plain(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped { result.append(character); escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "*", "`": continue
            default: result.append(character)
            }
        }
        return result
    }
}
