/// A small, format-free description of a document: what the committee reports, appendices and
/// downloads are made of. Renderers turn it into HTML, Markdown and (later) Word, so that every
/// format says the same thing.
public struct Document: Equatable, Sendable {
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

public enum Block: Equatable, Sendable {
    /// Level 1 is the document's title; sections start at 2.
    case heading(level: Int, text: String)
    case paragraph([Inline])
    case list(ordered: Bool, items: [[Inline]])
    /// Label and value pairs, such as an inspection's dates.
    case summary([(label: String, value: [Inline])])
    case table(Table)
    case pageBreak

    public static func == (lhs: Block, rhs: Block) -> Bool {
        switch (lhs, rhs) {
        case let (.heading(a, b), .heading(c, d)): a == c && b == d
        case let (.paragraph(a), .paragraph(b)): a == b
        case let (.list(a, b), .list(c, d)): a == c && b == d
        case let (.summary(a), .summary(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.label == $1.label && $0.value == $1.value }
        case let (.table(a), .table(b)): a == b
        case (.pageBreak, .pageBreak): true
        default: false
        }
    }

    public static func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }
}

public enum Inline: Equatable, Sendable {
    case text(String)
    case strong(String)
    case link(text: String, url: String)
}

public struct Table: Equatable, Sendable {
    public var caption: String?
    public var header: [String]
    public var rows: [[Cell]]

    public init(caption: String? = nil, header: [String], rows: [[Cell]]) {
        self.caption = caption
        self.header = header
        self.rows = rows
    }
}

public struct Cell: Equatable, Sendable, ExpressibleByStringLiteral {
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

public enum Fill: String, Equatable, Sendable {
    case red, amber, green, blue, grey
}
