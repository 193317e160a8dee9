import Foundation
import OversightDomain
import ZIPFoundation

/// What a workbook holds, read for an import: each sheet's cells by row and column, typed as the
/// spreadsheet typed them. A value merged down a column reads on every row it covers (a "Priority"
/// merged over six actions); one merged across stays in its first cell; formulas give the value
/// last calculated; dates are read in the workbook's own system (1900 or 1904).
public struct WorkbookContents: Equatable, Sendable {
    public var sheets: [Sheet]

    public struct Sheet: Equatable, Sendable {
        public var name: String
        /// Hidden sheets are listed so that an import can say it left them out.
        public var isHidden: Bool
        /// Rows with at least one value, in order, with their row numbers as the spreadsheet shows them.
        public var rows: [Row]
    }

    public struct Row: Equatable, Sendable {
        public var number: Int
        /// By column, from A; trailing empty cells are left off.
        public var cells: [Cell]

        public func cell(_ column: Int) -> Cell { cells.indices.contains(column) ? cells[column] : .empty }
    }

    public typealias Cell = TableCell
}

/// Why a file could not be read, in words for the person who uploaded it.
public enum WorkbookProblem: Error, Equatable, CustomStringConvertible {
    case notAWorkbook
    case tooLarge(limit: Int)
    case unsafe
    case unreadable(part: String)
    /// More cells than `XlsxReader.maxCells` in the sheet named (counting the empty cells before
    /// each value and those a merged range fills), or, with no sheet, more shared strings than that.
    case tooManyCells(sheet: String?, limit: Int)
    /// More sheets listed than `XlsxReader.maxSheets`.
    case tooManySheets(limit: Int)

    public var description: String {
        switch self {
        case .notAWorkbook:
            "The file is not an Excel workbook (.xlsx). Save it from Excel or LibreOffice as \"Excel Workbook (.xlsx)\", or as CSV UTF-8, and try again"
        case let .tooLarge(limit):
            "The workbook unpacks to more than \(limit / 1_048_576) MB, which is far more than a plan needs. Remove other sheets or save the plan's sheet on its own"
        case .unsafe:
            "The workbook contains XML declarations (a DOCTYPE or entities) that spreadsheet programs never write, so it was not read"
        case let .unreadable(part):
            "The workbook is damaged: its part \(part) could not be read. Open it in Excel or LibreOffice and save it again"
        case let .tooManyCells(sheet?, limit):
            "The sheet \"\(sheet)\" has more than \(Self.grouped(limit)) cells once its empty columns and merged cells are counted, which is far more than a plan needs. Save only the plan's sheet, without empty columns and merged cells, and upload that"
        case let .tooManyCells(nil, limit):
            "The workbook holds more than \(Self.grouped(limit)) pieces of text, which is far more than a plan needs. Save only the plan's sheet, without empty columns and merged cells, and upload that"
        case let .tooManySheets(limit):
            "The workbook has more than \(Self.grouped(limit)) sheets, which is far more than a plan needs. Save the plan's sheet on its own and upload that"
        }
    }

    /// 2000000 as "2,000,000", the same whatever the server's locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}

/// Reads `.xlsx` files with ZIPFoundation and Foundation's XML parser. Hostile files are refused
/// before they cost much: anything that is not a zip of a workbook, a zip whose own records state
/// offsets or sizes outside the file (checked by `XlsxZipCheck` before ZIPFoundation, which trusts
/// them, sees the bytes), a zip that unpacks to more than `maxUnpackedBytes` (counted as it
/// unpacks, not as the zip claims), any part with a DOCTYPE, which is where entity expansion
/// lives, and a workbook whose sheets would come to more than `maxCells` cells.
public enum XlsxReader {
    public static let maxUnpackedBytes = 100 * 1_048_576
    /// The most cells the reader gives back over all of a workbook's sheets, counting the empty
    /// cells before each value in a row (a row is an array from column A) and the cells a merged
    /// range fills. Far more than any plan, scorecard or risk log; a sheet with one value in column
    /// XFD on each of 10,000 rows would come to 164 million.
    public static let maxCells = 2_000_000
    /// The most sheets a workbook may list.
    public static let maxSheets = 1_000
    /// The most parts (files) the workbook's zip may hold; Excel writes a few dozen.
    public static let maxZipEntries = 10_000

    public static func read(_ data: Data, maxUnpackedBytes: Int = maxUnpackedBytes,
                            maxCells: Int = maxCells) throws -> WorkbookContents {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]), XlsxZipCheck.isSound(data, maxEntries: maxZipEntries),
              let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            throw WorkbookProblem.notAWorkbook
        }
        // Each part by its path, the first of any written twice (as `archive[path]` would find it),
        // so that finding a part does not walk the central directory again.
        var entries: [String: Entry] = [:]
        for entry in archive where entries[entry.path] == nil { entries[entry.path] = entry }
        var budget = maxUnpackedBytes
        func part(_ path: String) throws -> Data? {
            guard let entry = entries[path] else { return nil }
            // A part stored as a symbolic link or directory is not a workbook's; ZIPFoundation would
            // size a link by its header's own claim.
            guard entry.type == .file else { throw WorkbookProblem.unreadable(part: path) }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    budget -= chunk.count
                    if budget < 0 { throw WorkbookProblem.tooLarge(limit: maxUnpackedBytes) }
                    bytes.append(chunk)
                }
            } catch let problem as WorkbookProblem {
                throw problem
            } catch {
                throw WorkbookProblem.unreadable(part: path)
            }
            // OOXML parts never declare a DOCTYPE; one that does may be trying entity expansion.
            if bytes.range(of: Data("<!DOCTYPE".utf8)) != nil || bytes.range(of: Data("<!ENTITY".utf8)) != nil {
                throw WorkbookProblem.unsafe
            }
            return bytes
        }
        guard let workbookXML = try part("xl/workbook.xml") else { throw WorkbookProblem.notAWorkbook }
        let workbook = try WorkbookPart.parse(workbookXML, part: "xl/workbook.xml")
        guard workbook.sheets.count <= maxSheets else { throw WorkbookProblem.tooManySheets(limit: maxSheets) }
        let targets = try RelationshipsPart.parse(try part("xl/_rels/workbook.xml.rels") ?? Data(), part: "xl/_rels/workbook.xml.rels")
        let strings = try part("xl/sharedStrings.xml").map {
            try SharedStringsPart.parse($0, part: "xl/sharedStrings.xml", maxStrings: maxCells)
        } ?? []
        let styles = try part("xl/styles.xml").map { try StylesPart.numberStyles($0, part: "xl/styles.xml") } ?? (dates: [], percentages: [])
        var sheets: [WorkbookContents.Sheet] = []
        var cellsLeft = maxCells
        for sheet in workbook.sheets {
            guard let target = targets[sheet.relationship] else { throw WorkbookProblem.unreadable(part: "the sheet \(sheet.name)") }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try part(path) else { throw WorkbookProblem.unreadable(part: path) }
            let rows = try WorksheetPart.parse(xml, part: path, strings: strings, dateStyles: styles.dates,
                                               percentStyles: styles.percentages, date1904: workbook.date1904,
                                               cells: (sheet: sheet.name, allowed: cellsLeft, limit: maxCells))
            cellsLeft -= rows.reduce(0) { $0 + $1.cells.count }
            sheets.append(.init(name: sheet.name, isHidden: sheet.hidden, rows: rows))
        }
        return WorkbookContents(sheets: sheets)
    }

    /// The years a spreadsheet date may fall in to be read as a date, as Oversight accepts a date
    /// typed or uploaded anywhere else. A date-formatted number outside them is read as the number.
    static let dateYears = CalendarDate.acceptedYears

    /// A serial day number as a date: 1900 system (with Excel's phantom 29 February 1900) or 1904.
    /// Nil for a serial that is not a day in `dateYears`.
    public static func date(serial: Double, date1904: Bool) -> CalendarDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        // Days from 1 January 1970 to each system's day 0: 1 January 1904, and 30 December 1899
        // (31 December before Excel's 29 February 1900, serial 60).
        let date: CalendarDate
        if date1904 {
            date = CalendarDate(dayNumber: -24_107 + whole)
        } else {
            guard whole >= 1 else { return nil }
            date = CalendarDate(dayNumber: (whole < 60 ? -25_568 : -25_569) + whole)
        }
        return dateYears.contains(date.year) ? date : nil
    }

    /// "B" is 1, "AA" is 26: the column of a reference such as "AA12"; nil for more than three
    /// letters (Excel's last column is XFD), which are never added up, so cannot overflow.
    static func column(of reference: String) -> Int? {
        var value = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) || (97...122).contains(scalar.value) else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            value = value * 26 + Int((scalar.value & ~0x20) - 64)
        }
        return letters == 0 ? nil : value - 1
    }

    /// Excel's own limits: rows and columns beyond them are written by no spreadsheet program, so
    /// a reference past them is treated as damage rather than trusted in arithmetic.
    static let maxRow = 1_048_576
    static let maxColumn = 16_383

    /// "B12" as (row 12, column 1); nil beyond Excel's limits or for anything but letters then digits.
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        guard let column = column(of: reference), column <= maxColumn else { return nil }
        let digits = reference.utf8.drop { (65...90).contains($0) || (97...122).contains($0) }
        guard !digits.isEmpty else { return nil }
        var row = 0
        for digit in digits {
            guard (48...57).contains(digit) else { return nil }
            row = row * 10 + Int(digit - 48)
            // Stops before the sum can overflow, whatever the number of digits.
            guard row <= maxRow else { return nil }
        }
        return row >= 1 ? (row, column) : nil
    }

    /// "A1:C4" as its first and last cells, in order and within Excel's limits; nil otherwise (a
    /// range written backwards is damage, not a merge).
    static func range(_ reference: String) -> (from: (row: Int, column: Int), to: (row: Int, column: Int))? {
        let ends = reference.split(separator: ":")
        guard ends.count == 2, let from = position(String(ends[0])), let to = position(String(ends[1])),
              from.row <= to.row, from.column <= to.column else { return nil }
        return (from, to)
    }
}
