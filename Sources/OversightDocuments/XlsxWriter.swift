import Foundation
import OversightDomain

/// Writes a `Spreadsheet` as an `.xlsx`: typed cells (dates as dates in the 1900 system, numbers
/// as numbers, shares formatted as percentages), each sheet's header row frozen and filtered,
/// column widths as given, text in shared strings. Sheet names are made valid for Excel (at most
/// 31 characters, none of `[]:*?/\`, unique), and text longer than a cell holds is cut with a note.
public enum XlsxWriter {
    /// Excel keeps at most this many characters in a cell.
    static let cellLimit = 32_767

    public static func write(_ spreadsheet: Spreadsheet, modified: Date = Date(timeIntervalSince1970: 1_262_304_000)) throws -> Data {
        let sheets = spreadsheet.sheets.isEmpty ? [Spreadsheet.Sheet(name: spreadsheet.title, columns: [], rows: [])] : spreadsheet.sheets
        let names = sheetNames(sheets.map(\.name))
        var strings = SharedStrings()
        var parts: [(path: String, xml: String)] = []
        var filters: [String] = []
        for (index, sheet) in sheets.enumerated() {
            let (xml, filter) = worksheet(sheet, strings: &strings)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", xml))
            filters.append(filter)
        }
        parts += [
            ("[Content_Types].xml", XlsxParts.contentTypes(sheets: sheets.count)),
            ("_rels/.rels", XlsxParts.packageRelationships),
            ("docProps/core.xml", DocxParts.core(title: spreadsheet.title)),
            ("docProps/app.xml", DocxParts.app),
            ("xl/workbook.xml", XlsxParts.workbook(names: names, filters: filters)),
            ("xl/_rels/workbook.xml.rels", XlsxParts.workbookRelationships(sheets: sheets.count)),
            ("xl/styles.xml", XlsxParts.styles),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        return try OOXMLPackage.zip(parts, modified: modified)
    }

    /// The sheet's XML and its filtered range in absolute form ("$A$1:$C$10").
    static func worksheet(_ sheet: Spreadsheet.Sheet, strings: inout SharedStrings) -> (String, String) {
        let width = max(1, sheet.columns.count, sheet.rows.map(\.count).max() ?? 0)
        let last = column(width - 1)
        let lastRow = sheet.rows.count + 1
        var xml = DocxParts.declaration
        xml += "<worksheet xmlns=\"\(XlsxParts.main)\" xmlns:r=\"\(XlsxParts.relationships)\">"
        xml += "<dimension ref=\"A1:\(last)\(lastRow)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columns.isEmpty {
            xml += "<cols>" + sheet.columns.enumerated().map { index, column in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(String(format: "%.1f", max(4, min(120, column.width))))\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData><row r=\"1\">"
        for (index, column) in sheet.columns.enumerated() {
            xml += "<c r=\"\(self.column(index))1\" t=\"s\" s=\"\(XlsxParts.Style.header.rawValue)\"><v>\(strings.index(column.header))</v></c>"
        }
        xml += "</row>"
        for (offset, row) in sheet.rows.enumerated() {
            let r = offset + 2
            xml += "<row r=\"\(r)\">"
            for (index, cell) in row.enumerated() {
                xml += self.cell(cell, at: "\(column(index))\(r)", strings: &strings)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        let range = "A1:\(last)\(lastRow)"
        xml += "<autoFilter ref=\"\(range)\"/>"
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup orientation=\"landscape\" paperSize=\"9\"/></worksheet>"
        return (xml, "$A$1:$\(last)$\(lastRow)")
    }

    static func cell(_ cell: Spreadsheet.Cell, at reference: String, strings: inout SharedStrings) -> String {
        switch cell {
        case .empty:
            return ""
        case let .text(text):
            let kept = text.count > cellLimit ? String(text.prefix(cellLimit - 40)) + " [cut: too long for one cell]" : text
            return "<c r=\"\(reference)\" t=\"s\" s=\"\(XlsxParts.Style.wrapped.rawValue)\"><v>\(strings.index(kept))</v></c>"
        case let .number(value):
            guard value.isFinite else { return "" }
            return "<c r=\"\(reference)\"><v>\(number(value))</v></c>"
        case let .integer(value):
            return "<c r=\"\(reference)\" s=\"\(XlsxParts.Style.integer.rawValue)\"><v>\(value)</v></c>"
        case let .percentage(value):
            guard value.isFinite else { return "" }
            return "<c r=\"\(reference)\" s=\"\(XlsxParts.Style.percentage.rawValue)\"><v>\(number(value))</v></c>"
        case let .date(date):
            return "<c r=\"\(reference)\" s=\"\(XlsxParts.Style.date.rawValue)\"><v>\(serial(date))</v></c>"
        }
    }

    /// The day's number in Excel's 1900 system: 1 January 1900 is 1, and Excel counts a 29
    /// February 1900 that never was, so days from 1 March 1900 on count from 30 December 1899.
    public static func serial(_ date: CalendarDate) -> Int {
        date.dayNumber - CalendarDate(year: 1899, month: 12, day: 30)!.dayNumber
    }

    /// A number as Excel writes it: no exponent for ordinary figures, no trailing ".0".
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func column(_ index: Int) -> String { ColumnLetters.name(index) }

    /// Names Excel accepts: none of `[]:*?/\`, no apostrophe at either end, 1 to 31 characters,
    /// and no two the same (compared as Excel does, ignoring case).
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used = Set<String>()
        return wanted.enumerated().map { index, name in
            var clean = String(name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) && $0.value >= 0x20 }
                .map(Character.init)).trimmingCharacters(in: CharacterSet(charactersIn: "' "))
            if clean.isEmpty { clean = "Sheet \(index + 1)" }
            var candidate = String(clean.prefix(31))
            var copy = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(copy))"
                candidate = String(clean.prefix(31 - suffix.count)).trimmingCharacters(in: .whitespaces) + suffix
                copy += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}

/// The workbook's shared strings: each distinct text stored once, cells refer to it by index.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(_ text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        DocxParts.declaration + "<sst xmlns=\"\(XlsxParts.main)\" count=\"\(uses)\" uniqueCount=\"\(ordered.count)\">"
            + ordered.map { text in
                // Leading or trailing spaces and line breaks are kept only when the text says so.
                let escaped = OOXMLPackage.escape(text)
                let preserve = escaped.first?.isWhitespace == true || escaped.last?.isWhitespace == true || escaped.contains("\n")
                return "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>\(escaped)</t></si>"
            }.joined() + "</sst>"
    }
}
