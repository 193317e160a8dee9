/// Reads England, statistical neighbours' and regional figures from CSV
/// (`indicator_code,year,england,neighbours,region,source`), checked as figures are: every line
/// first, then all of it or none. A year's figures replace any the indicator had for that year,
/// since the DfE revises its published tables.
public enum BenchmarkImport {
    public static let columns = ["indicator_code", "year", "england", "neighbours", "region", "source"]
    public static let required = ["indicator_code", "year"]

    public struct Row: Hashable, Sendable {
        public var line: Int
        public var indicator: Indicator
        public var benchmark: IndicatorBenchmark
    }

    /// Whether a file's header names the benchmark columns rather than the figures' ones.
    public static func holdsBenchmarks(_ bytes: [UInt8]) -> Bool {
        guard case let .success(table) = CSVTable.read(Array(bytes.prefix(4096)), columns: columns) else { return false }
        return holdsBenchmarks(header: table.header)
    }

    public static func holdsBenchmarks(header: [String]) -> Bool { header.contains("year") && !header.contains("period") }

    public static func parse(_ bytes: [UInt8], indicators: [String: Indicator]) -> (rows: [Row], problems: [ImportProblem]) {
        switch CSVTable.read(bytes, columns: columns) {
        case let .success(table): parse(table, indicators: indicators)
        case let .failure(problem): ([], [problem])
        }
    }

    /// The same checks on a table already read, from a CSV file or a workbook's sheet.
    public static func parse(_ table: CSVTable, indicators: [String: Indicator]) -> (rows: [Row], problems: [ImportProblem]) {
        let missing = required.filter { !table.header.contains($0) }
        guard missing.isEmpty else {
            return ([], [ImportProblem(line: table.headerLine, column: nil, message:
                "The first line must name the columns \(columns.joined(separator: ",")); missing: \(missing.joined(separator: ", "))")])
        }
        var problems = table.unknownColumns(columns)
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            let line = record.line, fields = record
            var found: [ImportProblem] = []
            func fail(_ column: String?, _ message: String) { found.append(ImportProblem(line: line, column: column, message: message)) }
            let code = fields["indicator_code"] ?? ""
            let indicator = indicators[code] ?? indicators.values.first { $0.code.lowercased() == code.lowercased() }
            if code.isEmpty { fail("indicator_code", "is empty: give the indicator's code, such as CIN-REREF") }
            else if indicator == nil { fail("indicator_code", "no indicator has the code \"\(code)\"; add it to the scorecard first, or correct the code") }
            let yearText = fields["year"] ?? ""
            let year = Self.year(yearText)
            if year == nil { fail("year", "\"\(yearText)\" is not a year: write the financial year as 2016-17 (or 2016)") }
            var figures: [Double?] = []
            for column in ["england", "neighbours", "region"] {
                let figure = CSVTable.number(fields[column], column: column, line: line, problems: &found)
                if let figure, let indicator, !indicator.unit.allowed.contains(figure) {
                    fail(column, "\(IndicatorValueImport.format(figure)) is above 100, which a percentage cannot be")
                }
                figures.append(figure)
            }
            if found.isEmpty && figures.allSatisfy({ $0 == nil }) {
                fail("england", "is empty, as are neighbours and region: give at least one figure")
            }
            let source = fields["source"].flatMap { $0.isEmpty ? nil : $0 }
            if let source, source.count > 200 { fail("source", "is \(source.count) characters; 200 at most") }
            if let indicator, let year {
                let key = "\(indicator.id) \(year)"
                if let first = seen[key] {
                    fail(nil, "repeats line \(first): \(indicator.code) for \(ReportingPeriod.financialYear(year).label) is given twice")
                } else {
                    seen[key] = line
                }
            }
            problems += found
            if found.isEmpty, let indicator, let year {
                rows.append(Row(line: line, indicator: indicator, benchmark: IndicatorBenchmark(
                    year: year, england: figures[0], neighbours: figures[1], region: figures[2], source: source)))
            }
        }
        if let problem = table.problem { problems.append(problem) }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: nil, column: nil, message: "The file has no figures below its header line"))
        }
        return (problems.isEmpty ? rows : [], problems)
    }

    /// "2016-17" or "2016": the financial year starting in April 2016.
    public static func year(_ text: String) -> Int? {
        if case let .financialYear(year)? = ReportingPeriod(text) { return year }
        guard text.count == 4, let year = Int(text), (1990...2100).contains(year) else { return nil }
        return year
    }
}
