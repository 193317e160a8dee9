import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OversightDocuments
import OversightDomain
import Testing

@Suite("Excel workbooks")
struct XlsxTests {
    static let workbook = Spreadsheet(title: "Plan & <actions>", sheets: [
        .init(name: "All actions", columns: [.init("Reference", width: 12), .init("Due date", width: 12), .init("Done", width: 8),
                                             .init("Revisions", width: 9), .init("Figure", width: 9), .init("Note", width: 40)],
              rows: [
                  [.text("1.1"), .date(CalendarDate(year: 2017, month: 10, day: 12)!), .percentage(0.457), .integer(2),
                   .number(12.5), .text("Smith & Jones <lead>\u{0C}")],
                  [.text("1.2"), .empty, .empty, .integer(0), .number(nil), .text(nil)],
              ]),
        .init(name: "1. Safety: help / protection [all]", columns: [.init("Reference", width: 12)], rows: [[.text("1.1")]]),
        .init(name: "1. Safety: help / protection [all]", columns: [.init("Reference", width: 12)], rows: []),
    ])

    static func parts() throws -> [String: String] {
        try DocxTests.parts(try XlsxWriter.write(workbook))
    }

    @Test("Every part is there and is well-formed XML")
    func wellFormed() throws {
        let parts = try Self.parts()
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                    "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
                                    "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"])
        for (name, xml) in parts { #expect(DocxTests.isWellFormed(xml), "\(name) is not well-formed") }
    }

    @Test("Dates, shares, whole numbers and text are typed cells with their formats")
    func typedCells() throws {
        let sheet = try #require(try Self.parts()["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<c r="B2" s="2"><v>43020</v></c>"#), "12 October 2017 as a date, formatted dd/mm/yyyy")
        #expect(sheet.contains(#"<c r="C2" s="3"><v>0.457</v></c>"#), "a share, formatted 0.0%")
        #expect(sheet.contains(#"<c r="D2" s="4"><v>2</v></c>"#))
        #expect(sheet.contains(#"<c r="E2"><v>12.5</v></c>"#))
        #expect(sheet.contains(#"<row r="3"><c r="A3" t="s""#) && !sheet.contains(#"r="B3""#), "empty cells are left out")
        let styles = try #require(try Self.parts()["xl/styles.xml"])
        #expect(styles.contains(#"formatCode="dd/mm/yyyy""#) && styles.contains(#"formatCode="0.0%""#))
        #expect(XlsxWriter.serial(CalendarDate(year: 1900, month: 3, day: 1)!) == 61)
        #expect(XlsxWriter.serial(CalendarDate(year: 2015, month: 11, day: 27)!) == 42335)
    }

    @Test("The header row is frozen and filtered, and columns have their widths")
    func header() throws {
        let parts = try Self.parts()
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<autoFilter ref="A1:F3"/>"#))
        #expect(sheet.contains(#"<col min="6" max="6" width="40.0" customWidth="1"/>"#))
        #expect(sheet.contains(#"<c r="A1" t="s" s="1">"#), "the header is bold")
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;All actions&apos;!$A$1:$F$3</definedName>"#)
                || workbook.contains(#"localSheetId="0" hidden="1">'All actions'!$A$1:$F$3</definedName>"#))
    }

    @Test("Text is escaped, stray control characters are dropped, and each text is stored once")
    func sharedStrings() throws {
        let strings = try #require(try Self.parts()["xl/sharedStrings.xml"])
        #expect(strings.contains("<t>Smith &amp; Jones &lt;lead&gt;</t>"))
        #expect(!strings.contains("\u{0C}"))
        #expect(strings.components(separatedBy: "<t>1.1</t>").count == 2, "1.1 is stored once, used twice")
    }

    @Test("Sheet names are made valid and unique for Excel")
    func sheetNames() throws {
        #expect(XlsxWriter.sheetNames(["1. Safety: help / protection [all]", "1. Safety: help / protection [all]", "", "'Quoted'"])
                == ["1. Safety help  protection all", "1. Safety help  protection (2)", "Sheet 3", "Quoted"])
        let workbook = try #require(try Self.parts()["xl/workbook.xml"])
        #expect(workbook.contains(#"<sheet name="1. Safety help  protection (2)" sheetId="3" r:id="rId3"/>"#))
    }

    @Test("Columns are lettered as Excel letters them")
    func columnLetters() {
        #expect([0, 25, 26, 51, 701, 702].map(XlsxWriter.column) == ["A", "Z", "AA", "AZ", "ZZ", "AAA"])
    }
}
