/// A small, format-free description of a document: what the committee reports, appendices and
/// downloads are made of. Renderers turn it into HTML, Markdown and (later) Word, so that every
/// format says the same thing.
public struct Document: Equatable, Sendable, Codable {
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

/// Codable so that a published report's document can be frozen as data and rendered again, in
/// any format, exactly as the committee saw it.
public enum Block: Equatable, Sendable, Codable {
    /// Level 1 is the document's title; sections start at 2.
    case heading(level: Int, text: String)
    case paragraph([Inline])
    case list(ordered: Bool, items: [[Inline]])
    /// Label and value pairs, such as an inspection's dates.
    case summary([SummaryItem])
    case table(Table)
    /// Text a person wrote in Markdown. The HTML renderer escapes it before rendering; the Word
    /// renderer reads its paragraphs, lists and emphasis (`MarkdownBlocks`).
    case markdown(String)
    case pageBreak
    /// A list of the document's sections (its level 2 headings) linking to each, for long
    /// documents such as a board pack. Renderers work the entries out from the document itself,
    /// so a list can never disagree with the sections it names.
    case contents
    /// Exempt material (Part II) inside a Part I document, such as an exempt appendix: every
    /// renderer prints `notice` alone ("Appendix B is exempt under paragraph 3 ..."). Only a
    /// document that a reader with Part II access asked for is `revealingExempt()` first, so that
    /// forgetting to ask can never print the exempt blocks.
    indirect case exempt(notice: String, blocks: [Block])

    public static func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    public static func summary(_ pairs: [(label: String, value: [Inline])]) -> Block {
        .summary(pairs.map { SummaryItem(label: $0.label, value: $0.value) })
    }
}

extension Document {
    /// The document with its exempt material in place, for a reader with Part II access.
    public func revealingExempt() -> Document {
        Document(title: title, blocks: blocks.flatMap { block -> [Block] in
            if case let .exempt(_, inner) = block { return inner }
            return [block]
        })
    }

    /// Whether any of it is exempt (Part II).
    public var hasExempt: Bool {
        blocks.contains { if case .exempt = $0 { true } else { false } }
    }

    /// The texts of the level 2 headings, in order: what a contents list shows.
    public var sections: [String] {
        blocks.compactMap { if case let .heading(2, text) = $0 { text } else { nil } }
    }

    /// Whether the headings need anchors for a contents list to link to.
    public var hasContents: Bool { blocks.contains(.contents) }

    /// The anchor of the section with this index (from 1), the same in every format.
    public static func sectionAnchor(_ index: Int) -> String { "section-\(index)" }
}

public struct SummaryItem: Equatable, Sendable, Codable {
    public var label: String
    public var value: [Inline]

    public init(label: String, value: [Inline]) {
        self.label = label
        self.value = value
    }
}

public enum Inline: Equatable, Sendable, Codable {
    case text(String)
    case strong(String)
    case link(text: String, url: String)
}

public struct Table: Equatable, Sendable, Codable {
    public var caption: String?
    public var header: [String]
    public var rows: [[Cell]]

    public init(caption: String? = nil, header: [String], rows: [[Cell]]) {
        self.caption = caption
        self.header = header
        self.rows = rows
    }
}

public struct Cell: Equatable, Sendable, Codable, ExpressibleByStringLiteral {
    public var text: String
    /// A background such as a rating's colour. Renderers must still print the text:
    /// colour is never the only carrier of meaning.
    public var fill: Fill?

    public init(_ text: String, fill: Fill? = nil) {
        self.text = text
        self.fill = fill
    }

    public init(stringLiteral value: String) { self.init(value) }
}

public enum Fill: String, Equatable, Sendable, Codable {
    case red, amber, green, blue, grey
}
