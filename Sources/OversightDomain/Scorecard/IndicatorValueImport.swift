import Dispatch

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
        /// Shared by every line of the indicator: copying an indicator into each of 100,000 rows
        /// was a tenth of the time of checking them.
        let entry: Lookup.Entry
        public var value: IndicatorValue

        public var indicator: Indicator { entry.indicator }

        public static func == (left: Row, right: Row) -> Bool {
            left.line == right.line && left.indicator == right.indicator && left.value == right.value
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(line)
            hasher.combine(value)
        }
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
        // Each column found once, not looked up by name on every line.
        let at = columns.map(table.column)
        let lookup = Lookup(indicators)
        let records = table.records
        // A large file's lines are checked in two halves, one a core; whether a line repeats an
        // earlier one, or replaces a validated figure, is then asked of every line in order.
        let halves = records.count >= 20_000 ? [0..<(records.count / 2), (records.count / 2)..<records.count] : [records.indices]
        nonisolated(unsafe) var checked = [[Checked]](repeating: [], count: halves.count)
        checked.withUnsafeMutableBufferPointer { checked in
            nonisolated(unsafe) let results = checked
            DispatchQueue.concurrentPerform(iterations: halves.count) { half in
                results[half] = records[halves[half]].map { record in
                    checkFields(Fields(code: record[at[0]], period: record[at[1]], numerator: record[at[2]],
                                       denominator: record[at[3]], value: record[at[4]], status: record[at[5]], comment: record[at[6]]),
                                line: record.line, indicators: lookup)
                }
            }
        }
        var rows: [Row] = []
        rows.reserveCapacity(records.count)
        var seen: [ValueKey: Int] = [:]
        seen.reserveCapacity(records.count)
        for line in checked.joined() {
            let found = line.problems + checkRepeats(line, validated: validated, seen: &seen)
            if found.isEmpty, let row = line.row { rows.append(row) }
            problems += found
        }
        if let problem = table.problem { problems.append(problem) }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: nil, column: nil, message: "The file has no values below its header line"))
        }
        return (problems.isEmpty ? rows : [], problems)
    }

    /// One line's fields, trimmed, by column; nil for a column the file does not have.
    public struct Fields: Sendable {
        public var code, period, numerator, denominator, value, status, comment: String?

        public init(code: String?, period: String?, numerator: String?, denominator: String?, value: String?,
                    status: String?, comment: String?) {
            (self.code, self.period, self.numerator, self.denominator) = (code, period, numerator, denominator)
            (self.value, self.status, self.comment) = (value, status, comment)
        }

        subscript(column: String) -> String? {
            switch column {
            case "numerator": numerator
            case "denominator": denominator
            case "value": value
            default: nil
            }
        }
    }

    /// What checking one line's own fields found: the figure it gives when they are all good,
    /// and the indicator and period it is for when both are known.
    struct Checked {
        var line: Int
        var row: Row?
        var problems: [ImportProblem]
        var key: ValueKey?
        var code: String
    }

    /// Indicators by code as typed, then by code in any case.
    public struct Lookup: Sendable {
        /// An indicator and what a line's check reads of it.
        final class Entry: Sendable {
            let indicator: Indicator
            let id: Indicator.ID
            let code: String
            let unit: IndicatorUnit
            let frequency: Frequency

            init(_ indicator: Indicator) {
                self.indicator = indicator
                (id, code, unit, frequency) = (indicator.id, indicator.code, indicator.unit, indicator.frequency)
            }
        }

        let exact: [String: Entry]
        let anyCase: [String: Entry]

        public init(_ indicators: [String: Indicator]) {
            exact = indicators.mapValues(Entry.init)
            anyCase = Dictionary(exact.values.map { ($0.code.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        }

        func callAsFunction(_ code: String) -> Entry? { exact[code] ?? anyCase[code.lowercased()] }
    }

    /// Every check of one line: its own fields, then whether it repeats a line in `seen` or
    /// would replace a validated figure.
    public static func check(_ record: Fields, line: Int, indicators: Lookup, validated: Set<ValueKey>,
                             seen: inout [ValueKey: Int]) -> (Row?, [ImportProblem]) {
        let checked = checkFields(record, line: line, indicators: indicators)
        let problems = checked.problems + checkRepeats(checked, validated: validated, seen: &seen)
        return (problems.isEmpty ? checked.row : nil, problems)
    }

    /// A repeat of an earlier line of the file, and a figure already validated, as problems.
    static func checkRepeats(_ checked: Checked, validated: Set<ValueKey>, seen: inout [ValueKey: Int]) -> [ImportProblem] {
        guard let key = checked.key else { return [] }
        var problems: [ImportProblem] = []
        if let first = seen[key] {
            problems.append(ImportProblem(line: checked.line, column: nil,
                                          message: "repeats line \(first): \(checked.code) for \(key.period.label) is given twice"))
        } else {
            seen[key] = checked.line
        }
        if validated.contains(key) {
            problems.append(ImportProblem(line: checked.line, column: nil, message:
                "\(checked.code) for \(key.period.label) is already validated; a validated figure is final, so correct it on the indicator's page instead"))
        }
        return problems
    }

    /// The checks of one line that need nothing but the line.
    static func checkFields(_ record: Fields, line: Int, indicators: Lookup) -> Checked {
        var problems: [ImportProblem] = []
        func fail(_ column: String?, _ message: String) { problems.append(ImportProblem(line: line, column: column, message: message)) }
        func number(_ column: String) -> Double? { CSVTable.number(record[column], column: column, line: line, problems: &problems) }

        let code = record.code ?? ""
        let indicator = indicators(code)
        if code.isEmpty { fail("indicator_code", "is empty: give the indicator's code, such as CIN-REREF") }
        else if indicator == nil { fail("indicator_code", "no indicator has the code \"\(code)\"; add it to the scorecard first, or correct the code") }
        let periodText = record.period ?? ""
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
        let statusText = record.status ?? ""
        let status = statusText.isEmpty ? ValueStatus.provisional
                                        : ValueStatus(rawValue: statusText) ?? ValueStatus(rawValue: statusText.lowercased())
        if status == nil { fail("status", "\"\(record.status ?? "")\" is not a status: write provisional or validated") }
        let comment = record.comment.flatMap { $0.isEmpty ? nil : $0 }
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
        let key = indicator.flatMap { indicator in period.map { ValueKey(indicator: indicator.id, period: $0) } }
        guard problems.isEmpty, let indicator, let period, let value, let status else {
            return Checked(line: line, row: nil, problems: problems, key: key, code: indicator?.code ?? code)
        }
        return Checked(line: line, row: Row(line: line, entry: indicator, value: IndicatorValue(
            indicatorID: indicator.id, period: period, numerator: numerator, denominator: denominator, value: value,
            status: status, comment: comment)), problems: [], key: key, code: indicator.code)
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
