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

        public func cell(_ column: Int) -> Cell { column < cells.count ? cells[column] : .empty }
    }

    public typealias Cell = TableCell
}

/// Why a file could not be read, in words for the person who uploaded it.
public enum WorkbookProblem: Error, Equatable, CustomStringConvertible {
    case notAWorkbook
    case tooLarge(limit: Int)
    case unsafe
    case unreadable(part: String)

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
        }
    }
}

/// Reads `.xlsx` files with ZIPFoundation and Foundation's XML parser. Hostile files are refused
/// before they cost much: anything that is not a zip of a workbook, a zip that unpacks to more
/// than `maxUnpackedBytes` (counted as it unpacks, not as the zip claims), and any part with a
/// DOCTYPE, which is where entity expansion lives.
public enum XlsxReader {
    public static let maxUnpackedBytes = 100 * 1_048_576

    public static func read(_ data: Data, maxUnpackedBytes: Int = maxUnpackedBytes) throws -> WorkbookContents {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let archive = try? Archive(data: data, accessMode: .read) else {
            throw WorkbookProblem.notAWorkbook
        }
        var budget = maxUnpackedBytes
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
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
        let targets = try RelationshipsPart.parse(try part("xl/_rels/workbook.xml.rels") ?? Data(), part: "xl/_rels/workbook.xml.rels")
        let strings = try part("xl/sharedStrings.xml").map { try SharedStringsPart.parse($0, part: "xl/sharedStrings.xml") } ?? []
        let styles = try part("xl/styles.xml").map { try StylesPart.numberStyles($0, part: "xl/styles.xml") } ?? (dates: [], percentages: [])
        var sheets: [WorkbookContents.Sheet] = []
        for sheet in workbook.sheets {
            guard let target = targets[sheet.relationship] else { throw WorkbookProblem.unreadable(part: "the sheet \(sheet.name)") }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try part(path) else { throw WorkbookProblem.unreadable(part: path) }
            let rows = try WorksheetPart.parse(xml, part: path, strings: strings, dateStyles: styles.dates,
                                               percentStyles: styles.percentages, date1904: workbook.date1904)
            sheets.append(.init(name: sheet.name, isHidden: sheet.hidden, rows: rows))
        }
        return WorkbookContents(sheets: sheets)
    }

    /// A serial day number as a date: 1900 system (with Excel's phantom 29 February 1900) or 1904.
    public static func date(serial: Double, date1904: Bool) -> CalendarDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        if date1904 { return CalendarDate(dayNumber: CalendarDate(year: 1904, month: 1, day: 1)!.dayNumber + whole) }
        guard whole >= 1 else { return nil }
        let base = CalendarDate(year: 1899, month: 12, day: whole < 60 ? 31 : 30)!.dayNumber
        return CalendarDate(dayNumber: base + whole)
    }

    /// "B" is 1, "AA" is 26: the column of a reference such as "AA12".
    static func column(of reference: String) -> Int? {
        var value = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) || (97...122).contains(scalar.value) else { break }
            value = value * 26 + Int((scalar.value & ~0x20) - 64)
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : value - 1
    }

    /// Excel's own limits: rows and columns beyond them are written by no spreadsheet program, so
    /// a reference past them is treated as damage rather than trusted in arithmetic.
    static let maxRow = 1_048_576
    static let maxColumn = 16_383

    /// "B12" as (row 12, column 1); nil beyond Excel's limits.
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        guard let column = column(of: reference), column <= maxColumn, let row = Int(reference.drop { $0.isLetter }),
              (1...maxRow).contains(row) else { return nil }
        return (row, column)
    }
}
