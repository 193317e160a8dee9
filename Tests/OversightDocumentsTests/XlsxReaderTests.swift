import Foundation
@testable import OversightDocuments
import OversightDomain
import Testing
import ZIPFoundation

@Suite("Reading Excel workbooks")
struct XlsxReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/workbooks/\(name)")
        return try Data(contentsOf: url)
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> WorkbookContents.Cell { .date(CalendarDate(year: y, month: m, day: d)!) }

    @Test("A tracker saved by LibreOffice: sheets, typed cells, merged rows, a formula's value, a hidden sheet", arguments: ["tracker.xlsx", "tracker-1904.xlsx"])
    func tracker(_ name: String) throws {
        let book = try XlsxReader.read(try Self.fixture(name))
        #expect(book.sheets.map(\.name) == ["Action tracker", "Lookups"])
        #expect(book.sheets.map(\.isHidden) == [false, true])
        let rows = book.sheets[0].rows
        #expect(rows.map(\.number) == [1, 2, 3, 4, 5, 7], "the empty row 6 is left out, row numbers kept")
        #expect(rows[0].cells == [.text("Children's Services Improvement Plan: action tracker")], "merged across: one cell")
        #expect(rows[1].cells == ["Ref", "Action", "Lead", "Due date", "RAG", "Update"].map { .text($0) })
        #expect(rows[3].cells == [.text("1.1"), .text("Audit every child protection plan & <review> it"), .text("Helen Marsh"),
                                  Self.date(2017, 10, 12), .text("R"), .text("Started in October")])
        #expect(rows[4].cell(3) == Self.date(2016, 2, 29), "a leap day, in either date system")
        #expect(rows[4].cell(5) == .empty)
        #expect(rows[5].cell(3) == .number(42735), "a number not formatted as a date stays a number")
        #expect(rows[5].cell(5) == .number(5), "a formula gives its last calculated value")
    }

    @Test("A 10,000-row sheet reads in well under a second")
    func tenThousandRows() throws {
        let data = try Self.fixture("ten-thousand-rows.xlsx")
        let start = Date()
        let book = try XlsxReader.read(data)
        let elapsed = Date().timeIntervalSince(start)
        #expect(book.sheets[0].rows.count == 10_001)
        #expect(book.sheets[0].rows[1].cells.prefix(4) == [.text("BENCH-001"), .text("1990-01"), .number(0), .number(100)])
        print("read 10,000 rows in \(String(format: "%.2f", elapsed)) s")
    }

    @Test("1900 and 1904 serial days, with Excel's 29 February 1900")
    func serials() {
        #expect(XlsxReader.date(serial: 43020, date1904: false) == CalendarDate(year: 2017, month: 10, day: 12))
        #expect(XlsxReader.date(serial: 41558, date1904: true) == CalendarDate(year: 2017, month: 10, day: 12))
        #expect(XlsxReader.date(serial: 1, date1904: false) == CalendarDate(year: 1900, month: 1, day: 1))
        #expect(XlsxReader.date(serial: 59, date1904: false) == CalendarDate(year: 1900, month: 2, day: 28))
        #expect(XlsxReader.date(serial: 61, date1904: false) == CalendarDate(year: 1900, month: 3, day: 1))
        #expect(XlsxReader.date(serial: 43020.75, date1904: false) == CalendarDate(year: 2017, month: 10, day: 12), "a time of day is dropped")
        #expect(XlsxReader.date(serial: -1, date1904: false) == nil)
    }

    @Test("Our own exports read back as they were written")
    func roundTrip() throws {
        let written = try XlsxWriter.write(XlsxTests.workbook)
        let book = try XlsxReader.read(written)
        let rows = book.sheets[0].rows
        #expect(rows[1].cells == [.text("1.1"), Self.date(2017, 10, 12), .percentage(0.457), .number(2), .number(12.5),
                                  .text("Smith & Jones <lead>")])
        #expect(rows[1].cells[2].shown == "45.7%", "a percentage reads as it was shown")
    }

    static func zip(_ parts: [(String, String)]) throws -> Data {
        try OOXMLPackage.zip(parts.map { (path: $0.0, xml: $0.1) }, modified: Date(timeIntervalSince1970: 0))
    }

    @Test("A file that is not a workbook is refused with a message saying what to do")
    func notAWorkbook() throws {
        #expect(throws: WorkbookProblem.notAWorkbook) { try XlsxReader.read(try Self.fixture("not-a-workbook.xlsx")) }
        #expect(throws: WorkbookProblem.notAWorkbook) { try XlsxReader.read(try Self.zip([("word/document.xml", "<w/>")])) }
        #expect(WorkbookProblem.notAWorkbook.description.contains("Save it from Excel or LibreOffice"))
    }

    @Test("Entity expansion is refused before any XML is parsed")
    func entities() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&lol2;"/></sheets></workbook>
            """
        #expect(throws: WorkbookProblem.unsafe) { try XlsxReader.read(try Self.zip([("xl/workbook.xml", laughs)])) }
    }

    @Test("A zip bomb is stopped as it unpacks, whatever its directory claims")
    func zipBomb() throws {
        let huge = "<sst>" + String(repeating: "<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>", count: 60_000) + "</sst>"
        let bomb = try Self.zip([("xl/workbook.xml", "<workbook><sheets/></workbook>"), ("xl/sharedStrings.xml", huge)])
        #expect(bomb.count < 100_000, "the part deflates to almost nothing")
        #expect(throws: WorkbookProblem.tooLarge(limit: 1_048_576)) { try XlsxReader.read(bomb, maxUnpackedBytes: 1_048_576) }
    }

    @Test("Merges written backwards, and rows and columns beyond Excel's limits, are passed over rather than trusted")
    func crafted() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="5"><c r="A5" t="inlineStr"><is><t>Kept</t></is></c></row>\
            <row r="9223372036854775807"><c r="B9223372036854775807" t="inlineStr"><is><t>Far</t></is></c></row>\
            <row><c t="inlineStr"><is><t>Next</t></is></c><c r="ZZZ7" t="inlineStr"><is><t>Wide</t></is></c></row>\
            </sheetData><mergeCells><mergeCell ref="A5:A1"/><mergeCell ref="A5:C4611686018427387904"/></mergeCells></worksheet>
            """
        let book = try XlsxReader.read(try Self.zip([
            ("xl/workbook.xml", #"<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", sheet),
        ]))
        let rows = book.sheets[0].rows
        #expect(rows.first?.number == 5 && rows.first?.cells == [.text("Kept")], "the backwards merge copied nothing")
        #expect(rows.map(\.number).allSatisfy { $0 <= 1_048_576 })
        #expect(rows.allSatisfy { $0.cells.count <= 16_384 })
    }

    @Test("Damaged XML names the part")
    func damaged() throws {
        let broken = try Self.zip([("xl/workbook.xml", "<workbook><sheets><sheet name=\"A\"</workbook>")])
        #expect(throws: WorkbookProblem.unreadable(part: "xl/workbook.xml")) { try XlsxReader.read(broken) }
    }

    // MARK: - Hostile workbooks: each must be refused (or read) without trapping, quickly and in little memory

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts of a workbook of one sheet, "S", holding `rows` (the inside of `sheetData`) and `merges`.
    static func parts(_ rows: String, merges: [String] = [], sharedStrings: [String]? = nil, styles: String? = nil,
                      date1904: Bool = false) -> [(String, String)] {
        let mergeCells = merges.isEmpty ? "" : "<mergeCells>" + merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
        var parts = [
            ("[Content_Types].xml", #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#),
            ("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)">"# + (date1904 ? #"<workbookPr date1904="1"/>"# : "")
                + #"<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(main)"><sheetData>\#(rows)</sheetData>\#(mergeCells)</worksheet>"#),
        ]
        if let sharedStrings {
            parts.append(("xl/sharedStrings.xml", #"<sst xmlns="\#(main)">"# + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"))
        }
        if let styles { parts.append(("xl/styles.xml", #"<styleSheet xmlns="\#(main)">\#(styles)</styleSheet>"#)) }
        return parts
    }

    static func book(_ rows: String, merges: [String] = [], sharedStrings: [String]? = nil, styles: String? = nil,
                     date1904: Bool = false) throws -> Data {
        try zip(parts(rows, merges: merges, sharedStrings: sharedStrings, styles: styles, date1904: date1904))
    }

    /// The most memory the process has held, in bytes (Linux counts `ru_maxrss` in kilobytes).
    static func peakMemory() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)
        #endif
    }

    @Test("A value in column XFD merged down 100,000 rows is refused quickly, without making 16,384 cells a row")
    func mergeBomb() throws {
        let data = try Self.book(#"<row r="1"><c r="XFD1" t="inlineStr"><is><t>Priority 1</t></is></c></row>"#, merges: ["XFD1:XFD100000"])
        #expect(data.count < 2_000, "the whole workbook is about a kilobyte")
        let memory = Self.peakMemory()
        let start = Date()
        #expect(throws: WorkbookProblem.tooManyCells(sheet: "S", limit: XlsxReader.maxCells)) { try XlsxReader.read(data) }
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(Self.peakMemory() - memory < 200 * 1_048_576, "1.6 billion cells would be tens of gigabytes")
        let message = WorkbookProblem.tooManyCells(sheet: "S", limit: XlsxReader.maxCells).description
        #expect(message.hasPrefix("The sheet \"S\" has more than 2,000,000 cells"))
        #expect(message.contains("Save only the plan's sheet, without empty columns and merged cells, and upload that"))
    }

    @Test("10,000 rows each with one value in column XFD are refused before 164 million cells are made")
    func wideRows() throws {
        let rows = (1...10_000).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        let data = try Self.book(rows)
        let memory = Self.peakMemory()
        #expect(throws: WorkbookProblem.tooManyCells(sheet: "S", limit: XlsxReader.maxCells)) { try XlsxReader.read(data) }
        #expect(Self.peakMemory() - memory < 200 * 1_048_576)
    }

    @Test("The cell budget counts the empty cells before each value and the cells merges fill, over every sheet, and shared strings")
    func cellBudget() throws {
        // Row 1 is three cells (two empty, then C1); row 2 one; the merge fills A3 too.
        let data = try Self.book(#"<row r="1"><c r="C1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>"#, merges: ["A2:A3"])
        let rows = try XlsxReader.read(data, maxCells: 5).sheets[0].rows
        #expect(rows.map(\.cells) == [[.empty, .empty, .number(1)], [.number(2)], [.number(2)]])
        #expect(throws: WorkbookProblem.tooManyCells(sheet: "S", limit: 4)) { try XlsxReader.read(data, maxCells: 4) }
        // Two sheets of five cells each: ten in all.
        var parts = Self.parts(#"<row r="1"><c r="C1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>"#, merges: ["A2:A3"])
        parts[1].1 = #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)"><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="T" sheetId="2" r:id="rId1"/></sheets></workbook>"#
        let twice = try Self.zip(parts)
        #expect(try XlsxReader.read(twice, maxCells: 10).sheets.map(\.name) == ["S", "T"])
        #expect(throws: WorkbookProblem.tooManyCells(sheet: "T", limit: 9)) { try XlsxReader.read(twice, maxCells: 9) }
        let strings = try Self.book(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: ["a", "b", "c"])
        #expect(try XlsxReader.read(strings, maxCells: 3).sheets[0].rows[0].cells == [.text("a")])
        #expect(throws: WorkbookProblem.tooManyCells(sheet: nil, limit: 2)) { try XlsxReader.read(strings, maxCells: 2) }
        #expect(WorkbookProblem.tooManyCells(sheet: nil, limit: 2_000_000).description.hasPrefix("The workbook holds more than 2,000,000 pieces of text"))
    }

    @Test("Cells without references each follow the one before, in time proportional to their number, and pile up in XFD")
    func cellsWithoutReferences() throws {
        let cells = (0..<100_000).map { "<c><v>\($0)</v></c>" }.joined()
        let data = try Self.book("<row>\(cells)</row>")
        let start = Date()
        let rows = try XlsxReader.read(data).sheets[0].rows
        #expect(Date().timeIntervalSince(start) < 5, "a search of the row for every cell took minutes")
        #expect(rows.map(\.number) == [1])
        #expect(rows.first?.cells.count == 16_384)
        #expect(rows.first?.cells.first == .number(0))
        #expect(rows.first?.cells.last == .number(99_999), "cells past column XFD land in XFD, the last written kept")
    }

    @Test("References with more than three letters, or past XFD or row 1,048,576, are not trusted in arithmetic")
    func columnLetters() throws {
        #expect(XlsxReader.column(of: "ZZZZZZZZZZZZZZ1") == nil, "14 letters overflowed an Int")
        #expect(XlsxReader.column(of: String(repeating: "Z", count: 10_000)) == nil)
        #expect(XlsxReader.position("ZZZZZZZZZZZZZZ1") == nil)
        #expect(XlsxReader.position("XFE1") == nil)
        #expect(XlsxReader.position("A1048577") == nil)
        #expect(XlsxReader.position("A99999999999999999999999999") == nil)
        #expect(XlsxReader.position("A") == nil)
        #expect(XlsxReader.position("A+1") == nil)
        #expect(XlsxReader.position("XFD1048576").map { [$0.row, $0.column] } == [1_048_576, 16_383])
        #expect(XlsxReader.position("aa12").map { [$0.row, $0.column] } == [12, 26])
        let data = try Self.book(#"<row r="1"><c r="A1" t="inlineStr"><is><t>First</t></is></c><c r="ZZZZZZZZZZZZZZ1" t="inlineStr"><is><t>Next</t></is></c></row>"#,
                                 merges: ["A1:ZZZZZZZZZZZZZZ5", "ZZZZZZZZZZZZZZ1:A5", "A1:A99999999999999999999"])
        let rows = try XlsxReader.read(data).sheets[0].rows
        #expect(rows.map(\.number) == [1], "the merges with bad references filled nothing")
        #expect(rows.first?.cells == [.text("First"), .text("Next")], "a cell with a bad reference follows the one before")
    }

    @Test("A shared string index that is negative, past the last string, too large or not a number reads as no text")
    func sharedStringIndex() throws {
        let rows = try XlsxReader.read(try Self.book(#"""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>-1</v></c><c r="C1" t="s"><v>1</v></c>\
            <c r="D1" t="s"><v>99999999999999999999999</v></c><c r="E1" t="s"><v>abc</v></c><c r="F1" t="s"><v></v></c>\
            <c r="G1" t="s"><v>-9223372036854775808</v></c></row>
            """#, sharedStrings: ["Only"]))
            .sheets[0].rows
        #expect(rows.map(\.cells) == [[.text("Only")]])
    }

    static let dateStyles = #"<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>"#

    @Test("A date-formatted number outside 1900 to 2199 reads as the number, in either date system")
    func farDates() throws {
        let in1904 = try XlsxReader.read(try Self.book(#"""
            <row r="1"><c r="A1" s="1"><v>2958465</v></c><c r="B1" s="1"><v>41558</v></c>\
            <c r="C1" s="1"><v>108113</v></c><c r="D1" s="1"><v>108112</v></c></row>
            """#, styles: Self.dateStyles, date1904: true)).sheets[0].rows
        #expect(in1904[0].cells == [.number(2_958_465), Self.date(2017, 10, 12), .number(108_113), Self.date(2199, 12, 31)],
                "the 1904 system's last serial was the year 10,004")
        let in1900 = try XlsxReader.read(try Self.book(#"""
            <row r="1"><c r="A1" s="1"><v>109575</v></c><c r="B1" s="1"><v>109574</v></c>\
            <c r="C1" t="d"><v>9999-12-31</v></c><c r="D1" t="d"><v>2017-10-12T00:00:00</v></c>\
            <c r="E1"><v>NaN</v></c><c r="F1"><v>1e999</v></c><c r="G1"><v>12.5</v></c></row>
            """#, styles: Self.dateStyles)).sheets[0].rows
        #expect(in1900[0].cells == [.number(109_575), Self.date(2199, 12, 31), .text("9999-12-31"), Self.date(2017, 10, 12),
                                    .empty, .empty, .number(12.5)])
        #expect(XlsxReader.date(serial: 2_958_465, date1904: true) == nil)
        #expect(XlsxReader.date(serial: 2_958_465, date1904: false) == nil)
        #expect(XlsxReader.date(serial: 109_574, date1904: false) == CalendarDate(year: 2199, month: 12, day: 31))
        #expect(XlsxReader.date(serial: 108_112, date1904: true) == CalendarDate(year: 2199, month: 12, day: 31))
        #expect(XlsxReader.date(serial: 0, date1904: true) == CalendarDate(year: 1904, month: 1, day: 1))
    }

    /// Ways a zip's own records can lie about where things are.
    enum Lie: Sendable, CustomStringConvertible {
        case zip64DirectoryOffset(UInt64)
        case zip64LocalOffset(UInt64)
        case zip64Size(UInt64)
        case zip64Entries(UInt64)
        case directoryOffset(UInt32)
        case localOffset(UInt32)

        var description: String {
            switch self {
            case let .zip64DirectoryOffset(value): "ZIP64 central directory offset \(value)"
            case let .zip64LocalOffset(value): "ZIP64 local header offset \(value)"
            case let .zip64Size(value): "ZIP64 sizes \(value)"
            case let .zip64Entries(value): "ZIP64 entries \(value)"
            case let .directoryOffset(value): "central directory offset \(value)"
            case let .localOffset(value): "local header offset \(value)"
            }
        }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// A zip written byte by byte, its parts stored rather than deflated, so that its records can be
    /// made to lie. With `zip64`, as a writer of very large zips would: every size in a ZIP64 extra
    /// field (and every offset but 0), and a ZIP64 end-of-central-directory record and locator.
    static func handZip(_ parts: [(String, String)], zip64: Bool, lie: Lie? = nil) -> Data {
        var out: [UInt8] = []
        func u16(_ value: UInt16) { out += [UInt8(value & 0xFF), UInt8(value >> 8)] }
        func u32(_ value: UInt32) { u16(UInt16(value & 0xFFFF)); u16(UInt16(value >> 16)) }
        func u64(_ value: UInt64) { u32(UInt32(value & 0xFFFF_FFFF)); u32(UInt32(value >> 32)) }
        let version: UInt16 = zip64 ? 45 : 20
        var offsets: [UInt64] = []
        for (path, text) in parts {
            offsets.append(UInt64(out.count))
            let name = Array(path.utf8), data = Array(text.utf8)
            u32(0x0403_4B50); u16(version); u16(0x0800); u16(0); u16(0); u16(0x21)
            u32(crc32(data))
            if zip64 { u32(.max); u32(.max) } else { u32(UInt32(data.count)); u32(UInt32(data.count)) }
            u16(UInt16(name.count)); u16(zip64 ? 20 : 0)
            out += name
            if zip64 { u16(1); u16(16); u64(UInt64(data.count)); u64(UInt64(data.count)) }
            out += data
        }
        let directory = UInt64(out.count)
        for (index, (path, text)) in parts.enumerated() {
            let name = Array(path.utf8), data = Array(text.utf8)
            var offset = offsets[index], size = UInt64(data.count)
            if index == 0, case let .zip64LocalOffset(value) = lie { offset = value }
            if index == 0, case let .localOffset(value) = lie { offset = UInt64(value) }
            if index == 0, case let .zip64Size(value) = lie { size = value }
            let wideOffset = zip64 && offset > 0
            u32(0x0201_4B50); u16(version); u16(version); u16(0x0800); u16(0); u16(0); u16(0x21)
            u32(crc32(data))
            if zip64 { u32(.max); u32(.max) } else { u32(UInt32(size)); u32(UInt32(size)) }
            u16(UInt16(name.count)); u16(zip64 ? (wideOffset ? 28 : 20) : 0); u16(0); u16(0); u16(0); u32(0)
            u32(wideOffset ? .max : UInt32(offset))
            out += name
            if zip64 {
                u16(1); u16(wideOffset ? 24 : 16); u64(size); u64(size)
                if wideOffset { u64(offset) }
            }
        }
        let directorySize = UInt64(out.count) - directory
        var entries = UInt64(parts.count), directoryOffset = directory
        if case let .zip64Entries(value) = lie { entries = value }
        if case let .zip64DirectoryOffset(value) = lie { directoryOffset = value }
        if zip64 {
            let record = UInt64(out.count)
            u32(0x0606_4B50); u64(44); u16(45); u16(45); u32(0); u32(0)
            u64(entries); u64(entries); u64(directorySize); u64(directoryOffset)
            u32(0x0706_4B50); u32(0); u64(record); u32(1)
        }
        var directoryOffset32 = zip64 ? UInt32.max : UInt32(directory)
        if case let .directoryOffset(value) = lie { directoryOffset32 = value }
        u32(0x0605_4B50); u16(0); u16(0)
        u16(zip64 ? .max : UInt16(parts.count)); u16(zip64 ? .max : UInt16(parts.count))
        u32(zip64 ? .max : UInt32(directorySize)); u32(directoryOffset32); u16(0)
        return Data(out)
    }

    static let plain = parts(#"<row r="1"><c r="A1" t="inlineStr"><is><t>Kept</t></is></c></row>"#)

    @Test("A zip written by hand, with or without ZIP64 records, is read when its records tell the truth", arguments: [false, true])
    func handWrittenZip(zip64: Bool) throws {
        let book = try XlsxReader.read(Self.handZip(Self.plain, zip64: zip64))
        #expect(book.sheets.first?.rows.first?.cells == [.text("Kept")])
    }

    @Test("A zip whose records state offsets, sizes or counts beyond the file is refused before ZIPFoundation reads it",
          arguments: [Lie.zip64DirectoryOffset(.max), .zip64DirectoryOffset(1 << 63), .zip64DirectoryOffset(1 << 40),
                      .zip64LocalOffset(.max), .zip64LocalOffset(1 << 63), .zip64LocalOffset(1 << 33),
                      .zip64Size(.max), .zip64Size(1 << 63), .zip64Size(1 << 40), .zip64Entries(1_000_000), .zip64Entries(.max),
                      .directoryOffset(0xFFFF_FF00), .localOffset(0x7FFF_FFFF)])
    func lyingZip(_ lie: Lie) throws {
        let zip64: Bool
        switch lie {
        case .directoryOffset, .localOffset: zip64 = false
        default: zip64 = true
        }
        #expect(throws: WorkbookProblem.notAWorkbook) { try XlsxReader.read(Self.handZip(Self.plain, zip64: zip64, lie: lie)) }
    }

    @Test("A file that starts as a zip but has no end-of-central-directory record is refused without searching all of it")
    func noEndRecord() throws {
        let data = Data([0x50, 0x4B, 0x03, 0x04]) + Data(count: 20 * 1_048_576)
        let start = Date()
        #expect(throws: WorkbookProblem.notAWorkbook) { try XlsxReader.read(data) }
        #expect(Date().timeIntervalSince(start) < 2)
        // A true zip with more than 64 KB after its end record, where no comment can reach, likewise.
        let padded = Self.handZip(Self.plain, zip64: false) + Data(count: 70_000)
        #expect(throws: WorkbookProblem.notAWorkbook) { try XlsxReader.read(padded) }
    }

    @Test("A part stored as a symbolic link, and a workbook listing more sheets than any plan, are refused")
    func linksAndSheets() throws {
        // A symbolic link to a workbook part: Unix "made by" and S_IFLNK in the external attributes.
        var link = [UInt8](Self.handZip(Self.plain, zip64: false))
        let directory = Int(link[link.count - 6]) | Int(link[link.count - 5]) << 8 | Int(link[link.count - 4]) << 16
        var position = directory
        for _ in Self.plain.indices {
            let nameLength = Int(link[position + 28]) | Int(link[position + 29]) << 8
            let name = String(decoding: link[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            if name == "xl/workbook.xml" {
                link[position + 5] = 3  // made by Unix
                link[position + 40] = 0x00; link[position + 41] = 0xA0  // mode 0o120000: a symbolic link
            }
            position += 46 + nameLength
        }
        #expect(throws: WorkbookProblem.unreadable(part: "xl/workbook.xml")) { try XlsxReader.read(Data(link)) }

        var parts = Self.plain
        let sheets = (1...1_001).map { #"<sheet name="S\#($0)" sheetId="\#($0)" r:id="rId1"/>"# }.joined()
        parts[1].1 = #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)"><sheets>\#(sheets)</sheets></workbook>"#
        #expect(throws: WorkbookProblem.tooManySheets(limit: 1_000)) { try XlsxReader.read(try Self.zip(parts)) }
        #expect(WorkbookProblem.tooManySheets(limit: 1_000).description.hasPrefix("The workbook has more than 1,000 sheets"))
    }

    @Test("XML nested 100,000 deep is refused as damaged rather than followed down")
    func deepNesting() throws {
        let deep = String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
        let data = try Self.book(#"<row r="1"><c r="A1"><v>1</v></c></row>"# + deep)
        #expect(throws: WorkbookProblem.unreadable(part: "xl/worksheets/sheet1.xml")) { try XlsxReader.read(data) }
    }

    @Test("100,000 styles sharing one long number format are judged once, not 100,000 times")
    func manyStyles() throws {
        let code = String(repeating: "0", count: 100_000)
        let styles = #"<numFmts count="1"><numFmt numFmtId="200" formatCode="\#(code)"/></numFmts><cellXfs>"#
            + String(repeating: #"<xf numFmtId="200"/>"#, count: 100_000) + "</cellXfs>"
        let start = Date()
        let rows = try XlsxReader.read(try Self.book(#"<row r="1"><c r="A1" s="5"><v>3</v></c></row>"#, styles: styles)).sheets[0].rows
        #expect(Date().timeIntervalSince(start) < 5, "10 billion characters were read before")
        #expect(rows.first?.cells == [.number(3)])
    }
}

@Suite("Importing a plan from a workbook")
struct WorkbookPlanImportTests {
    @Test("The LibreOffice tracker reads into priorities and actions, its columns guessed from the header")
    func tracker() throws {
        let sheet = try XlsxReader.read(try XlsxReaderTests.fixture("tracker.xlsx")).sheets[0]
        let rows = sheet.rows.map { PlanImport.Row(number: $0.number, cells: $0.cells) }
        let mapping = try #require(PlanImport.guess(rows))
        #expect(mapping.headerRow == 2)
        let helen = Person(id: .init(UUID()), councilID: .init(UUID()), name: "Helen Marsh", jobTitle: nil, telephone: nil, email: nil, version: 1)
        let preview = PlanImport.preview(rows, sheet: sheet.name, mapping: mapping, people: [helen])
        #expect(preview.priorities.map(\.title) == ["Help and protection"])
        #expect(preview.priorities[0].actions.map(\.dueDate) == [CalendarDate(year: 2017, month: 10, day: 12)!, CalendarDate(year: 2016, month: 2, day: 29)!,
                                                                  CalendarDate(year: 2016, month: 12, day: 31)!])
        #expect(preview.unknownPeople == ["david.okafor@northshire.example"])
        #expect(preview.unsettledRatings == ["A/G"])
    }
}
