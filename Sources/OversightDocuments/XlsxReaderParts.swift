import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OversightDomain

/// One streaming pass over a part with Foundation's SAX parser. Element and attribute names are
/// taken without their namespace prefix, since some programs write `x:row` for `row`.
class PartReader: NSObject, XMLParserDelegate {
    var text = ""
    /// Foundation's parser on Linux can report success after an error it recovered from.
    private var failed = false

    static func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }

    static func attribute(_ attributes: [String: String], _ name: String, prefixed: Bool = false) -> String? {
        attributes.first { key, _ in local(key) == name && (!prefixed || key.contains(":")) }?.value
    }

    func run(_ data: Data, part: String) throws {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        guard parser.parse(), !failed else { throw WorkbookProblem.unreadable(part: part) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        start(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

/// `xl/workbook.xml`: the sheets in order, whether hidden, and the date system.
final class WorkbookPart: PartReader {
    struct Sheet { var name: String; var relationship: String; var hidden: Bool }
    var sheets: [Sheet] = []
    var date1904 = false

    static func parse(_ data: Data, part: String) throws -> WorkbookPart {
        let reader = WorkbookPart()
        try reader.run(data, part: part)
        return reader
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "workbookPr":
            date1904 = ["1", "true"].contains(Self.attribute(attributes, "date1904")?.lowercased() ?? "")
        case "sheet":
            guard let sheetName = Self.attribute(attributes, "name"), let id = Self.attribute(attributes, "id", prefixed: true) else { return }
            let state = Self.attribute(attributes, "state") ?? "visible"
            sheets.append(Sheet(name: sheetName, relationship: id, hidden: state != "visible"))
        default: break
        }
    }
}

/// A relationships part: id to target.
final class RelationshipsPart: PartReader {
    var targets: [String: String] = [:]

    static func parse(_ data: Data, part: String) throws -> [String: String] {
        guard !data.isEmpty else { return [:] }
        let reader = RelationshipsPart()
        try reader.run(data, part: part)
        return reader.targets
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// `xl/sharedStrings.xml`: each string item's text, rich-text runs joined, phonetic guides left out.
final class SharedStringsPart: PartReader {
    var strings: [String] = []
    private var inPhonetic = false
    private var current = ""

    static func parse(_ data: Data, part: String) throws -> [String] {
        let reader = SharedStringsPart()
        try reader.run(data, part: part)
        return reader.strings
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": text = ""
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "t": if !inPhonetic { current += text }
        case "rPh": inPhonetic = false
        case "si": strings.append(current)
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell styles show a number as a date.
final class StylesPart: PartReader {
    private var formats: [Int: String] = [:]
    private var styles: [Int] = []
    private var inCellXfs = false

    /// The cell styles (by index) whose number format shows a date, and those that show a percentage.
    static func numberStyles(_ data: Data, part: String) throws -> (dates: Set<Int>, percentages: Set<Int>) {
        let reader = StylesPart()
        try reader.run(data, part: part)
        return (Set(reader.styles.enumerated().compactMap { index, format in reader.isDate(format) ? index : nil }),
                Set(reader.styles.enumerated().compactMap { index, format in reader.isPercentage(format) ? index : nil }))
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { formats[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: styles.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellXfs = false }
    }

    /// Excel's built-in percentage formats (0% and 0.00%), or a format code with a % outside quoted text.
    func isPercentage(_ id: Int) -> Bool {
        if id == 9 || id == 10 { return true }
        return formats[id].map { Self.plain($0).contains("%") } ?? false
    }

    /// Excel's built-in date formats, or a format code with day, month, year or time parts outside
    /// quoted text, escaped characters and [colour] or [$-locale] sections.
    func isDate(_ id: Int) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        guard let code = formats[id] else { return false }
        let lower = Self.plain(code).lowercased()
        return lower != "general" && lower.contains { "dmyhs".contains($0) }
    }

    /// A format code without its quoted text, escaped characters and [colour] or [$-locale] sections.
    static func plain(_ code: String) -> String {
        var plain = ""
        var quoted = false, bracketed = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            default: if !quoted && !bracketed { plain.append(character) }
            }
        }
        return plain
    }
}

/// One worksheet: its cells, typed, and its merged ranges filled down from their top-left cell.
final class WorksheetPart: PartReader {
    private let strings: [String]
    private let dateStyles: Set<Int>
    private let percentStyles: Set<Int>
    private let date1904: Bool
    private var cells: [Int: [Int: WorkbookContents.Cell]] = [:]
    private var merges: [String] = []
    private var row = 0
    private var cell: (column: Int, type: String, style: Int)?
    private var value: String?
    private var inline = ""
    private var inInline = false

    init(strings: [String], dateStyles: Set<Int>, percentStyles: Set<Int>, date1904: Bool) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.percentStyles = percentStyles
        self.date1904 = date1904
    }

    static func parse(_ data: Data, part: String, strings: [String], dateStyles: Set<Int>, percentStyles: Set<Int>,
                      date1904: Bool) throws -> [WorkbookContents.Row] {
        let reader = WorksheetPart(strings: strings, dateStyles: dateStyles, percentStyles: percentStyles, date1904: date1904)
        try reader.run(data, part: part)
        return reader.rows()
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            // A row number beyond Excel's limits (or none) follows the row before, never past the last row.
            row = attributes["r"].flatMap(Int.init).flatMap { (1...XlsxReader.maxRow).contains($0) ? $0 : nil }
                ?? min(row + 1, XlsxReader.maxRow)
        case "c":
            let column = attributes["r"].flatMap { XlsxReader.position($0)?.column }
                ?? min((cells[row]?.keys.max() ?? -1) + 1, XlsxReader.maxColumn)
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            value = nil
            inline = ""
        case "v": text = ""
        case "is": inInline = true
        case "t" where inInline: text = ""
        case "mergeCell": if let ref = attributes["ref"] { merges.append(ref) }
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "v": value = text
        case "t" where inInline: inline += text
        case "is": inInline = false
        case "c":
            if let cell { cells[row, default: [:]][cell.column] = typed(cell.type, style: cell.style) }
            cell = nil
        default: break
        }
    }

    private func typed(_ type: String, style: Int) -> WorkbookContents.Cell {
        switch type {
        case "s": return value.flatMap(Int.init).flatMap { $0 < strings.count ? .text(strings[$0]) : nil } ?? .empty
        case "inlineStr": return inline.isEmpty ? .empty : .text(inline)
        case "str": return value.map { .text($0) } ?? .empty
        case "b": return value.map { .bool($0 == "1") } ?? .empty
        case "e": return value.map { .error($0) } ?? .empty
        case "d": return value.flatMap { CalendarDate(iso: $0.prefix(10)) }.map { .date($0) } ?? .empty
        default:
            guard let number = value.flatMap(Double.init) else { return .empty }
            if dateStyles.contains(style), let date = XlsxReader.date(serial: number, date1904: date1904) { return .date(date) }
            if percentStyles.contains(style) { return .percentage(number) }
            return .number(number)
        }
    }

    func rows() -> [WorkbookContents.Row] {
        for merge in merges {
            let ends = merge.split(separator: ":").map(String.init)
            // Ends within Excel's limits and in order (a range written backwards is damage, not a merge).
            guard ends.count == 2, let from = XlsxReader.position(ends[0]), let to = XlsxReader.position(ends[1]),
                  from.row <= to.row, from.column <= to.column,
                  let first = cells[from.row]?[from.column], first != .empty,
                  (to.row - from.row + 1) * (to.column - from.column + 1) <= 100_000 else { continue }
            // Down the first column only: a value merged down ("Priority 1" over six rows) belongs to each
            // row, but one merged across (a title or section row) is still one cell's worth.
            for r in from.row...to.row where cells[r]?[from.column] ?? .empty == .empty {
                cells[r, default: [:]][from.column] = first
            }
        }
        return cells.keys.sorted().compactMap { number in
            let byColumn = cells[number] ?? [:]
            guard let last = byColumn.filter({ $0.value != .empty }).keys.max() else { return nil }
            return WorkbookContents.Row(number: number, cells: (0...last).map { byColumn[$0] ?? .empty })
        }
    }
}
