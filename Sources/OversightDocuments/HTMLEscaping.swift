import Foundation

/// The one place where text becomes HTML. Every page, document and narrative Oversight renders
/// passes what it prints through here: text between tags through `text`, every attribute value
/// through `attribute`, and every link a person typed through `linkTarget`.
///
/// `HTMLWriter` calls it for every text and attribute value it writes straight, and for every
/// text node as it writes it; `HTMLNode` for every attribute value as the node is made. Nothing
/// else writes HTML.
public enum HTMLEscaping {
    /// Text between tags: `&`, `<` and `>` as entities, always, so that what a person typed is
    /// shown exactly as typed and can never become markup.
    public static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// An attribute value, printed between double quotes: `&`, `<`, `>`, `"` and `'` as
    /// entities, so that no value can end its attribute or open a tag.
    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        // Most values have nothing to escape: hand them back without building a new string.
        guard needsEscaping(value, quotes: quotes) else { return value }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 16)
        append(value, quotes: quotes, to: &escaped)
        return escaped
    }

    /// Text between tags, escaped as `text` escapes it, added to the end of `output`: how
    /// `HTMLWriter` writes a page without a string of its own for each text.
    static func appendText(_ value: String, to output: inout String) {
        append(value, quotes: false, to: &output)
    }

    /// An attribute value, escaped as `attribute` escapes it, added to the end of `output`.
    static func appendAttribute(_ value: String, to output: inout String) {
        append(value, quotes: true, to: &output)
    }

    private static func needsEscaping(_ value: String, quotes: Bool) -> Bool {
        value.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || (quotes && ($0 == 0x22 || $0 == 0x27)) }
    }

    private static func append(_ value: String, quotes: Bool, to output: inout String) {
        // A value with nothing to escape is copied whole rather than a scalar at a time.
        guard needsEscaping(value, quotes: quotes) else { return output.append(value) }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quotes: output += "&quot;"
            case "'" where quotes: output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// A link address a person typed (in a narrative, a document, an evidence link), or nil when
    /// it must not become a link: only `http:`, `https:` and `mailto:` addresses and paths on
    /// this site ("/councils/..."), never `javascript:`, `data:`, `//other.example` or an
    /// address with spaces or control characters in it. The result is not yet escaped.
    public static func linkTarget(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 2048,
              !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " || $0 == "\\" })
        else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            // "https://" alone, or "https:///path", names no host.
            let rest = trimmed.drop { $0 != ":" }.dropFirst(3)
            return rest.first.map { $0 != "/" } == true ? trimmed : nil
        }
        if lower.hasPrefix("mailto:") { return trimmed.count > 7 ? trimmed : nil }
        if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") { return trimmed }
        return nil
    }

    /// Reverses the five entities `attribute` writes, and `&#NN;` for the rest: for reading back
    /// a link address that was escaped before Markdown saw it.
    static func unescape(_ value: some StringProtocol) -> String {
        guard value.contains("&") else { return String(value) }
        var result = ""
        var rest = Substring(value)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let tail = rest[ampersand...]
            guard let semicolon = tail.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = tail.dropFirst()
                continue
            }
            let name = tail[tail.index(after: ampersand)..<semicolon]
            let decoded: String? = switch name {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "#39", "apos": "'"
            default: nil
            }
            if let decoded {
                result += decoded
                rest = tail[tail.index(after: semicolon)...]
            } else {
                result += "&"
                rest = tail.dropFirst()
            }
        }
        return result + rest
    }
}
