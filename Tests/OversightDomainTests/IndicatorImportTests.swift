import Foundation
import OversightDomain
import Testing

@Suite("Importing indicator values from CSV")
struct IndicatorImportTests {
    static let council = Council.ID(UUID())
    static func indicator(_ code: String, _ unit: IndicatorUnit, _ frequency: Frequency = .monthly) -> Indicator {
        Indicator(id: .init(UUID()), councilID: council, code: code, title: code, description: "", numerator: nil,
                  denominator: nil, unit: unit, polarity: .lowerIsBetter, frequency: frequency, theme: "Help and protection",
                  source: nil, ownerID: nil, dataQualityNote: nil, countsChildren: true)
    }
    static let rereferrals = indicator("CIN-REREF", .percentage)
    static let caseload = indicator("WF-CASELOAD", .ratio)
    static let annual = indicator("CL-EET", .percentage, .annual)
    static let indicators = Dictionary(uniqueKeysWithValues: [rereferrals, caseload, annual].map { ($0.code, $0) })

    static func parse(_ text: String, validated: Set<ValueKey> = []) -> (rows: [IndicatorValueImport.Row], problems: [ImportProblem]) {
        IndicatorValueImport.parse(Array(text.utf8), indicators: indicators, validated: validated)
    }

    @Test("A file saved by Excel: byte order mark, Windows line ends, quoted fields, percentages and thousands")
    func excel() throws {
        let text = "\u{FEFF}indicator_code,period,numerator,denominator,value,status,comment\r\n"
            + "CIN-REREF,2017-10,45,200,,validated,\"Checked, by the team\"\r\n"
            + "WF-CASELOAD,2017-10,\"1,600\",100,,provisional,\r\n"
            + "CIN-REREF,2017-09,,,23.5%,,\"He said \"\"fine\"\"\"\r\n"
            + ",,,,,,\r\n"
            + "cl-eet,2016-17,,,55,,\r\n"
        let result = Self.parse(text)
        #expect(result.problems == [])
        #expect(result.rows.map(\.line) == [2, 3, 4, 6])
        #expect(result.rows[0].value.value == 22.5)
        #expect(result.rows[0].value.status == .validated)
        #expect(result.rows[0].value.comment == "Checked, by the team")
        #expect(result.rows[1].value.value == 16)
        #expect(result.rows[2].value.value == 23.5)
        #expect(result.rows[2].value.status == .provisional)
        #expect(result.rows[2].value.comment == "He said \"fine\"")
        #expect(result.rows[3].value.period == .financialYear(2016))
    }

    @Test("Every problem is named with its line, its column and what would be right; nothing is accepted")
    func problems() {
        let existing = ValueKey(indicator: Self.rereferrals.id, period: .month(year: 2017, month: 8))
        let text = """
            indicator_code,period,numerator,denominator,value,status,comment
            CIN-REREFF,2017-10,,,22,,
            CIN-REREF,2017-13,,,22,,
            CIN-REREF,2017-10,,,140,,
            CIN-REREF,2017-11,50,40,,,
            CIN-REREF,2017-08,,,21,,
            CIN-REREF,2017-12,,,twelve,final,
            CIN-REREF,2017-07,45,200,30,,
            CIN-REREF,2017-07,,,22,,
            CIN-REREF,2017-Q1,,,22,,
            CIN-REREF,2017-06,,,,,
            CIN-REREF,2017-05,5,0,,,
            """
        let result = Self.parse(text, validated: [existing])
        #expect(result.rows.isEmpty)
        let lines = result.problems.map(\.description)
        for expected in [
            "Line 2, indicator_code: no indicator has the code \"CIN-REREFF\"",
            "Line 3, period: \"2017-13\" is not a period: write a month as 2017-10, a quarter as 2017-Q1 or a financial year as 2017-18",
            "Line 4, value: 140 is above 100, which a percentage cannot be",
            "Line 5, numerator: 50 is more than the denominator 40, which a percentage cannot be",
            "Line 6: CIN-REREF for August 2017 is already validated",
            "Line 7, value: \"twelve\" is not a number",
            "Line 7, status: \"final\" is not a status: write provisional or validated",
            "Line 8, value: 30 does not match the numerator and denominator, which give 22.5%",
            "Line 9: repeats line 8: CIN-REREF for July 2017 is given twice",
            "Line 10, period: CIN-REREF is monthly, but 2017-Q1 is a quarter",
            "Line 11, value: is empty: give the value, or the numerator and denominator",
            "Line 12, denominator: is 0, so no value can be worked out",
        ] {
            #expect(lines.contains { $0.hasPrefix(expected) }, "missing: \(expected)\nin: \(lines)")
        }
    }

    /// 30,000 monthly figures of one indicator from January 1990, larger than the size at which a
    /// file is read in two parts and checked in two halves. The 110 years allowed hold 1,320
    /// months, so every line after the first 1,320 repeats one.
    static func large(lineEnd: String = "\n", extra: (Int) -> String = { _ in "" }) -> String {
        var text = "indicator_code,period,numerator,denominator,value,status,comment" + lineEnd
        for month in 0..<30_000 {
            text += extra(month)
            let period = "\(1990 + (month / 12) % 110)-\(month % 12 + 1 < 10 ? "0" : "")\(month % 12 + 1)"
            text += "CIN-REREF,\(period),\(month % 90),100,,provisional, " + lineEnd
        }
        return text
    }

    @Test("A large file reads the same in two parts: every line, with its number, whatever its line ends")
    func largeFile() throws {
        for lineEnd in ["\n", "\r\n"] {
            let text = Self.large(lineEnd: lineEnd) { $0 == 15_000 ? lineEnd + " , ,,,,," + lineEnd : "" }
            #expect(text.utf8.count > 256 * 1024)
            let table = try CSVTable.read(Array(text.utf8), columns: IndicatorValueImport.columns).get()
            #expect(table.records.count == 30_000)
            #expect(table.records.first?.line == 2)
            // Two blank lines before line 15,002 of figures: it is line 15,004, and the last is 30,003.
            #expect(table.records[15_000].line == 15_004)
            #expect(table.records[15_000]["period"] == "2030-01")
            #expect(table.records.last?.line == 30_003)
            #expect(table.records.last?["comment"] == "", "the space after the last comma is trimmed")
            #expect(table.problem == nil)
        }
    }

    @Test("A large file checked in two halves finds a line of the second that repeats one of the first")
    func largeFileRepeats() {
        let result = Self.parse(Self.large())
        #expect(result.rows.isEmpty)
        let repeats = result.problems.filter { $0.message.hasPrefix("repeats line") }
        // Line 1,322 (January 1990 again) repeats line 2; every line after the first 1,320 repeats one.
        #expect(repeats.count == 30_000 - 1_320)
        #expect(repeats.first?.description.hasPrefix("Line 1322: repeats line 2: CIN-REREF for January 1990 is given twice") == true)
        let lines = result.problems.compactMap(\.line)
        #expect(lines == lines.sorted(), "problems are listed in line order")
        // Every repeat names the first line of its figure, in either half: January 2030 is first
        // on line 482, then again on lines 1,802, ..., 15,002 and 16,322.
        for line in [1_802, 15_002, 16_322] {
            #expect(repeats.first { $0.line == line }?.message.hasPrefix("repeats line 482: CIN-REREF for January 2030") == true,
                    "line \(line): \(repeats.first { $0.line == line }?.message ?? "no problem")")
        }
    }

    @Test("A column named twice in the header is read from its later copy, as before")
    func repeatedColumn() {
        let result = Self.parse("indicator_code,period,value,comment,value\nCIN-REREF,2017-10,,,12\n")
        #expect(result.problems == [])
        #expect(result.rows.first?.value.value == 12)
    }

    @Test("Text that is not UTF-8, and a header without the columns, are refused as a whole")
    func wholeFile() {
        let latin1: [UInt8] = Array("indicator_code,period,value\nCIN-REREF,2017-10,".utf8) + [0xE9, 0x0A]
        #expect(IndicatorValueImport.parse(latin1, indicators: Self.indicators, validated: []).problems.first?.message.contains("not UTF-8") == true)
        let header = Self.parse("code,month,amount\nCIN-REREF,2017-10,22\n")
        #expect(header.problems.count == 1)
        #expect(header.problems[0].description.hasPrefix("Line 1: The first line must name the columns"))
        #expect(Self.parse("indicator_code,period,value\n").problems.first?.message == "The file has no values below its header line")
    }
}

@Suite("Importing benchmarks from CSV")
struct BenchmarkImportTests {
    static let indicators = IndicatorImportTests.indicators

    @Test("The header says which kind of file it is")
    func kind() {
        #expect(BenchmarkImport.holdsBenchmarks(Array("\u{FEFF}indicator_code,year,england\r\n".utf8)))
        #expect(!BenchmarkImport.holdsBenchmarks(Array("indicator_code,period,value\n".utf8)))
        #expect(!BenchmarkImport.holdsBenchmarks([0xFF, 0xFE, 0x00]))
    }

    @Test("Years as 2016-17 or 2016; every problem named by line and column; nothing accepted with a problem")
    func problems() {
        let text = "indicator_code,year,england,neighbours,region,source\n"
            + "CIN-REREF,2016-17,21.9,23.4,,DfE\n"
            + "CIN-REREF,2016,22,,,\n"
            + "CIN-REREF,2017,140,,,\n"
            + "WF-CASELOAD,2017-18,,,,\n"
            + "WF-CASELOAD,2017-18,16.1,fifteen,,\n"
        let result = BenchmarkImport.parse(Array(text.utf8), indicators: Self.indicators)
        #expect(result.rows.isEmpty)
        #expect(result.problems.map(\.description) == [
            "Line 3: repeats line 2: CIN-REREF for 2016-17 is given twice",
            "Line 4, england: 140 is above 100, which a percentage cannot be",
            "Line 5, england: is empty, as are neighbours and region: give at least one figure",
            "Line 6, neighbours: \"fifteen\" is not a number",
            "Line 6: repeats line 5: WF-CASELOAD for 2017-18 is given twice",
        ])
    }

    @Test("A good file gives one benchmark a line")
    func good() {
        let text = "indicator_code,year,england,neighbours,region,source\r\ncin-reref,2016-17,21.9,\"23.4%\",22.5,\"DfE, table C3\"\r\n"
        let result = BenchmarkImport.parse(Array(text.utf8), indicators: Self.indicators)
        #expect(result.problems == [])
        #expect(result.rows.map(\.benchmark) == [IndicatorBenchmark(year: 2016, england: 21.9, neighbours: 23.4, region: 22.5,
                                                                    source: "DfE, table C3")])
    }
}
