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

    /// Set by a part that finds the workbook too large to go on with; the parse stops there and
    /// `run` throws it.
    var problem: WorkbookProblem?
    /// Elements open, and the most a part may have: spreadsheet parts nest a dozen deep at most, and
    /// a part nested millions deep would make the parser keep millions of names.
    private var depth = 0
    static let maxDepth = 256
    private var part = ""

    func run(_ data: Data, part: String) throws {
        self.part = part
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let parsed = parser.parse()
        if let problem { throw problem }
        guard parsed, !failed else { throw WorkbookProblem.unreadable(part: part) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard problem == nil else { return }
        depth += 1
        if depth > Self.maxDepth {
            problem = .unreadable(part: part)
        } else {
            start(Self.local(elementName), attributes)
        }
        if problem != nil { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard problem == nil else { return }
        depth -= 1
        end(Self.local(elementName))
        if problem != nil { parser.abortParsing() }
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
/// No more than `maxStrings` items: each cell holds at most one, so a workbook within its cell
/// budget needs no more, and a part of 100 MB of `<si/>` would otherwise be 20 million strings.
final class SharedStringsPart: PartReader {
    var strings: [String] = []
    private let maxStrings: Int
    private var inPhonetic = false
    private var current = ""

    init(maxStrings: Int) { self.maxStrings = maxStrings }

    static func parse(_ data: Data, part: String, maxStrings: Int) throws -> [String] {
        let reader = SharedStringsPart(maxStrings: maxStrings)
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
        case "si":
            strings.append(current)
            if strings.count > maxStrings { problem = .tooManyCells(sheet: nil, limit: maxStrings) }
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
        // Each number format judged once: a million styles sharing one long format code must not
        // read that code a million times.
        var judged: [Int: (date: Bool, percentage: Bool)] = [:]
        var dates = Set<Int>(), percentages = Set<Int>()
        for (index, format) in reader.styles.enumerated() {
            let kind: (date: Bool, percentage: Bool)
            if let known = judged[format] {
                kind = known
            } else {
                kind = (reader.isDate(format), reader.isPercentage(format))
                judged[format] = kind
            }
            if kind.date { dates.insert(index) }
            if kind.percentage { percentages.insert(index) }
        }
        return (dates, percentages)
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
///
/// Only cells with a value are kept while the part is read, and no more of them than the cells the
/// sheet may give back (`cells.allowed`, what is left of `XlsxReader.maxCells`); the rows, each an
/// array of cells from column A, are counted before any is made, so that a value in column XFD,
/// or one merged down 100,000 rows of it, is refused rather than given 16,384 cells a row.
final class WorksheetPart: PartReader {
    typealias Budget = (sheet: String, allowed: Int, limit: Int)
    private let strings: [String]
    private let dateStyles: Set<Int>
    private let percentStyles: Set<Int>
    private let date1904: Bool
    private let budget: Budget
    /// Cells with a value, by `key(row, column)`.
    private var cells: [Int: WorkbookContents.Cell] = [:]
    /// Each row's last column with a cell, empty or not, for a cell without a reference: it follows
    /// the one before, as a running maximum rather than a search of the row's cells.
    private var lastColumn: [Int: Int] = [:]
    private var merges: [String] = []
    private var row = 0
    private var cell: (column: Int, type: String, style: Int)?
    private var value: String?
    private var inline = ""
    private var inInline = false

    init(strings: [String], dateStyles: Set<Int>, percentStyles: Set<Int>, date1904: Bool, budget: Budget) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.percentStyles = percentStyles
        self.date1904 = date1904
        self.budget = budget
    }

    static func parse(_ data: Data, part: String, strings: [String], dateStyles: Set<Int>, percentStyles: Set<Int>,
                      date1904: Bool, cells budget: Budget) throws -> [WorkbookContents.Row] {
        let reader = WorksheetPart(strings: strings, dateStyles: dateStyles, percentStyles: percentStyles,
                                   date1904: date1904, budget: budget)
        try reader.run(data, part: part)
        return try reader.rows()
    }

    /// One number for a row and column, within Excel's limits: row × 16,384 + column.
    private static let width = XlsxReader.maxColumn + 1
    private static func key(_ row: Int, _ column: Int) -> Int { row * width + column }

    private var tooMany: WorkbookProblem { .tooManyCells(sheet: budget.sheet, limit: budget.limit) }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            // A row number beyond Excel's limits (or none) follows the row before, never past the last row.
            row = attributes["r"].flatMap(Int.init).flatMap { (1...XlsxReader.maxRow).contains($0) ? $0 : nil }
                ?? min(row + 1, XlsxReader.maxRow)
        case "c":
            let last = lastColumn[row]
            let column = attributes["r"].flatMap { XlsxReader.position($0)?.column }
                ?? min((last ?? -1) + 1, XlsxReader.maxColumn)
            lastColumn[row] = max(last ?? column, column)
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
            if let cell {
                let key = Self.key(row, cell.column)
                let typed = typed(cell.type, style: cell.style)
                // A later cell at the same place replaces an earlier one, an empty one included.
                if typed == .empty {
                    cells[key] = nil
                } else if cells.updateValue(typed, forKey: key) == nil, cells.count > budget.allowed {
                    problem = tooMany
                }
            }
            cell = nil
        default: break
        }
    }

    private func typed(_ type: String, style: Int) -> WorkbookContents.Cell {
        switch type {
        case "s":
            // An index that is not a number, or not one of the strings (negative, or past the last), is no text.
            guard let index = value.flatMap(Int.init), strings.indices.contains(index) else { return .empty }
            return .text(strings[index])
        case "inlineStr": return inline.isEmpty ? .empty : .text(inline)
        case "str": return value.map { .text($0) } ?? .empty
        case "b": return value.map { .bool($0 == "1") } ?? .empty
        case "e": return value.map { .error($0) } ?? .empty
        case "d":
            guard let value, let date = CalendarDate(iso: value.prefix(10)) else { return .empty }
            // A date in a year Oversight does not take (such as 9999-12-31) stays as it was written.
            return XlsxReader.dateYears.contains(date.year) ? .date(date) : .text(value)
        default:
            // "NaN", "inf" and numbers too large for a Double are not numbers a spreadsheet writes.
            guard let number = value.flatMap(Double.init), number.isFinite else { return .empty }
            if dateStyles.contains(style), let date = XlsxReader.date(serial: number, date1904: date1904) { return .date(date) }
            if percentStyles.contains(style) { return .percentage(number) }
            return .number(number)
        }
    }

    func rows() throws -> [WorkbookContents.Row] {
        // Rows a merge has looked at: merges may overlap in a crafted file, and 100,000 rows each
        // for every one of them would be unbounded work.
        var looked = 0
        for merge in merges {
            guard case let (from, to)? = XlsxReader.range(merge) else { continue }
            guard let first = cells[Self.key(from.row, from.column)],
                  (to.row - from.row + 1) * (to.column - from.column + 1) <= 100_000 else { continue }
            // Down the first column only: a value merged down ("Priority 1" over six rows) belongs to each
            // row, but one merged across (a title or section row) is still one cell's worth.
            for r in from.row...to.row {
                looked += 1
                let key = Self.key(r, from.column)
                if cells[key] == nil { cells[key] = first }
                guard looked <= budget.allowed, cells.count <= budget.allowed else { throw tooMany }
            }
        }
        // Counted before any row is made: each row from column A to its last value.
        let keys = cells.keys.sorted()
        var ends: [Int] = []
        var total = 0
        for (index, key) in keys.enumerated() where index + 1 == keys.count || keys[index + 1] / Self.width != key / Self.width {
            total += key % Self.width + 1
            guard total <= budget.allowed else { throw tooMany }
            ends.append(index)
        }
        var rows: [WorkbookContents.Row] = []
        rows.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            let number = keys[end] / Self.width
            var row = [WorkbookContents.Cell](repeating: .empty, count: keys[end] % Self.width + 1)
            for key in keys[start...end] { row[key % Self.width] = cells[key] ?? .empty }
            rows.append(WorkbookContents.Row(number: number, cells: row))
            start = end + 1
        }
        return rows
    }
}
