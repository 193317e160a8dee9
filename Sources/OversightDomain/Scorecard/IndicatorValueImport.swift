/// Reads indicator values from CSV (`indicator_code,period,numerator,denominator,value,status,comment`)
/// and checks every line before anything is written: the whole file goes in, or none of it, and
/// every problem is listed with its line, column and what would be right. Files saved by Excel
/// are accepted: a byte order mark, Windows line ends, quoted fields, "22.5%" and "1,234".
public enum IndicatorValueImport {
    public static let columns = ["indicator_code", "period", "numerator", "denominator", "value", "status", "comment"]
    public static let required = ["indicator_code", "period"]

    /// A line that passed every check.
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var indicator: Indicator
        public var value: IndicatorValue
    }

    /// `validated` holds the indicator and period of every figure already validated.
    public static func parse(_ bytes: [UInt8], indicators: [String: Indicator],
                             validated: Set<ValueKey>) -> (rows: [Row], problems: [ImportProblem]) {
        switch CSVTable.read(bytes, columns: columns) {
        case let .success(table): parse(table, indicators: indicators, validated: validated)
        case let .failure(problem): ([], [problem])
        }
    }

    /// The same checks on a table already read, from a CSV file or a workbook's sheet.
    public static func parse(_ table: CSVTable, indicators: [String: Indicator],
                             validated: Set<ValueKey>) -> (rows: [Row], problems: [ImportProblem]) {
        let header = table.header
        let missing = required.filter { !header.contains($0) }
        if !missing.isEmpty || (!header.contains("value") && !(header.contains("numerator") && header.contains("denominator"))) {
            return ([], [ImportProblem(line: table.headerLine, column: nil, message:
                "The first line must name the columns \(columns.joined(separator: ",")); "
                + (missing.isEmpty ? "give value, or numerator and denominator" : "missing: \(missing.joined(separator: ", "))"))])
        }
        var problems = table.unknownColumns(columns)
        var rows: [Row] = []
        var seen: [ValueKey: Int] = [:]
        for record in table.records {
            let (row, found) = check(record.fields, line: record.line, indicators: indicators, validated: validated, seen: &seen)
            if let row { rows.append(row) }
            problems += found
        }
        if let problem = table.problem { problems.append(problem) }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: nil, column: nil, message: "The file has no values below its header line"))
        }
        return (problems.isEmpty ? rows : [], problems)
    }

    public static func check(_ record: [String: String], line: Int, indicators: [String: Indicator], validated: Set<ValueKey>,
                      seen: inout [ValueKey: Int]) -> (Row?, [ImportProblem]) {
        var problems: [ImportProblem] = []
        func fail(_ column: String?, _ message: String) { problems.append(ImportProblem(line: line, column: column, message: message)) }
        func number(_ column: String) -> Double? { CSVTable.number(record[column], column: column, line: line, problems: &problems) }

        let code = record["indicator_code"] ?? ""
        let indicator = indicators[code] ?? indicators.values.first { $0.code.lowercased() == code.lowercased() }
        if code.isEmpty { fail("indicator_code", "is empty: give the indicator's code, such as CIN-REREF") }
        else if indicator == nil { fail("indicator_code", "no indicator has the code \"\(code)\"; add it to the scorecard first, or correct the code") }
        let periodText = record["period"] ?? ""
        let period = ReportingPeriod(periodText)
        if period == nil {
            fail("period", "\"\(periodText)\" is not a period: write a month as 2017-10, a quarter as 2017-Q1 or a financial year as 2017-18")
        }
        if let indicator, let period, period.frequency != indicator.frequency {
            fail("period", "\(indicator.code) is \(indicator.frequency.label.lowercased()), but \(period.code) is a \(period.frequency == .monthly ? "month" : period.frequency == .quarterly ? "quarter" : "year")")
        }
        let numerator = number("numerator")
        let denominator = number("denominator")
        let given = number("value")
        let statusText = (record["status"] ?? "").lowercased()
        let status = statusText.isEmpty ? ValueStatus.provisional : ValueStatus(rawValue: statusText)
        if status == nil { fail("status", "\"\(record["status"] ?? "")\" is not a status: write provisional or validated") }
        let comment = record["comment"].flatMap { $0.isEmpty ? nil : $0 }
        if let comment, comment.count > 1000 { fail("comment", "is \(comment.count) characters; 1,000 at most") }

        var value = given
        if let indicator {
            if let numerator, let denominator, indicator.unit == .percentage, numerator > denominator {
                fail("numerator", "\(format(numerator)) is more than the denominator \(format(denominator)), which a percentage cannot be")
            }
            if let numerator, let computed = indicator.unit.value(numerator: numerator, denominator: denominator) {
                if let given, abs(given - computed) > 0.05 + abs(computed) * 1e-6 {
                    fail("value", "\(format(given)) does not match the numerator and denominator, which give \(indicator.unit.format(computed))")
                }
                value = value ?? computed
            } else if numerator != nil, denominator == 0 {
                fail("denominator", "is 0, so no value can be worked out")
            }
            if value == nil && problems.isEmpty { fail("value", "is empty: give the value, or the numerator and denominator") }
            if let value, !indicator.unit.allowed.contains(value) {
                fail("value", indicator.unit == .percentage ? "\(format(value)) is above 100, which a percentage cannot be"
                                                            : "\(format(value)) is too large; figures are at most 1,000,000,000,000")
            }
        }
        if let indicator, let period {
            let key = ValueKey(indicator: indicator.id, period: period)
            if let first = seen[key] {
                fail(nil, "repeats line \(first): \(indicator.code) for \(period.label) is given twice")
            } else {
                seen[key] = line
            }
            if validated.contains(key) {
                fail(nil, "\(indicator.code) for \(period.label) is already validated; a validated figure is final, so correct it on the indicator's page instead")
            }
        }
        guard problems.isEmpty, let indicator, let period, let value, let status else { return (nil, problems) }
        return (Row(line: line, indicator: indicator, value: IndicatorValue(
            indicatorID: indicator.id, period: period, numerator: numerator, denominator: denominator, value: value,
            status: status, comment: comment)), [])
    }

    /// A number as typed: "44", "22.5".
    public static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

/// An indicator and period: what a figure is for.
public struct ValueKey: Hashable, Sendable {
    public var indicator: Indicator.ID
    public var period: ReportingPeriod

    public init(indicator: Indicator.ID, period: ReportingPeriod) {
        self.indicator = indicator
        self.period = period
    }
}
