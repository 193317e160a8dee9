/// An Atom 1.0 feed (RFC 4287): what a feed reader, a newsroom's alerts or a resident's inbox
/// subscribes to. Every entry has a stable id (the address of what it announces), a title, the
/// day it happened, a link and a short summary in plain text.
public struct AtomFeed: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var title: String
        public var updated: CalendarDate
        public var link: String
        public var summary: String
        /// What kind of news it is: "Agenda", "Report", "Decision".
        public var category: String

        public init(id: String, title: String, updated: CalendarDate, link: String, summary: String, category: String) {
            self.id = id
            self.title = title
            self.updated = updated
            self.link = link
            self.summary = summary
            self.category = category
        }
    }

    public var id: String
    public var title: String
    public var subtitle: String
    /// The page the feed follows (the council's public home, a committee's page).
    public var alternate: String
    public var author: String
    public var entries: [Entry]

    public init(id: String, title: String, subtitle: String, alternate: String, author: String, entries: [Entry]) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.alternate = alternate
        self.author = author
        self.entries = entries
    }

    /// The feed as XML. `updated` is the newest entry's day, so the same news gives the same bytes.
    public func render() -> String {
        let updated = entries.map(\.updated).max()
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">"#,
            "<id>\(Self.escape(id))</id>",
            "<title>\(Self.escape(title))</title>",
            "<subtitle>\(Self.escape(subtitle))</subtitle>",
            "<updated>\(Self.timestamp(updated ?? CalendarDate(dayNumber: 0)))</updated>",
            #"<link rel="self" type="application/atom+xml" href="\#(Self.escape(id))"/>"#,
            #"<link rel="alternate" type="text/html" href="\#(Self.escape(alternate))"/>"#,
            "<author><name>\(Self.escape(author))</name></author>",
            "<generator>Oversight</generator>",
        ]
        for entry in entries {
            lines += [
                "<entry>",
                "<id>\(Self.escape(entry.id))</id>",
                "<title>\(Self.escape(entry.title))</title>",
                "<updated>\(Self.timestamp(entry.updated))</updated>",
                #"<link rel="alternate" type="text/html" href="\#(Self.escape(entry.link))"/>"#,
                #"<category term="\#(Self.escape(entry.category))"/>"#,
                #"<summary type="text">\#(Self.escape(entry.summary))</summary>"#,
                "</entry>",
            ]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 3339 at the start of the day: the day is what the council records.
    static func timestamp(_ day: CalendarDate) -> String { day.iso + "T00:00:00Z" }

    /// Text and attribute values: the five XML entities, and characters XML 1.0 cannot carry at
    /// all (most control characters) left out, so that nothing a person typed can break the feed.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                guard value >= 0x20, !(0xFFFE...0xFFFF).contains(value) else { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
