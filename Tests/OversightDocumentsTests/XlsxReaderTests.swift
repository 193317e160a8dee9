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
