/// The period a figure is for: a month ("2017-10"), a quarter of the financial year ("2017-Q1",
/// April to June 2017) or a financial year ("2017-18", 1 April 2017 to 31 March 2018).
public enum ReportingPeriod: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    case month(year: Int, month: Int)
    /// `year` is the calendar year the financial year starts in; Q1 is April to June.
    case quarter(year: Int, quarter: Int)
    case financialYear(Int)

    /// Reads the forms a spreadsheet holds; nil for anything else ("2017-13", "2017-Q5", "2017-19").
    /// Read by bytes: an import reads one period a line, and splitting and upper-casing each as
    /// text was a tenth of the time of checking 100,000 figures.
    public init?(_ text: some StringProtocol) {
        let utf8 = String(text).trimmingWhitespace.utf8
        guard let period = utf8.withContiguousStorageIfAvailable(Self.parse) ?? Array(utf8).withUnsafeBufferPointer(Self.parse) else {
            return nil
        }
        self = period
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ReportingPeriod? {
        // Every form is seven ASCII characters: four digits of a year, a dash and two more.
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        func digit(_ index: Int) -> Int? {
            let byte = bytes[index]
            return (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
        }
        guard let y1 = digit(0), let y2 = digit(1), let y3 = digit(2), let y4 = digit(3) else { return nil }
        let year = y1 * 1000 + y2 * 100 + y3 * 10 + y4
        guard (1990...2100).contains(year) else { return nil }
        if bytes[5] == UInt8(ascii: "Q") || bytes[5] == UInt8(ascii: "q") {
            guard let quarter = digit(6), (1...4).contains(quarter) else { return nil }
            return .quarter(year: year, quarter: quarter)
        }
        guard let tens = digit(5), let units = digit(6) else { return nil }
        let number = tens * 10 + units
        if (1...12).contains(number) { return .month(year: year, month: number) }
        return number == (year + 1) % 100 ? .financialYear(year) : nil
    }

    public var frequency: Frequency {
        switch self {
        case .month: .monthly
        case .quarter: .quarterly
        case .financialYear: .annual
        }
    }

    /// The stored and imported form.
    public var code: String {
        switch self {
        case let .month(year, month): "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
        case let .quarter(year, quarter): "\(year)-Q\(quarter)"
        case let .financialYear(year): "\(year)-" + String(format2((year + 1) % 100))
        }
    }

    public var description: String { code }

    /// "October 2017", "Q1 2017-18 (April to June 2017)", "2017-18".
    public var label: String {
        switch self {
        case let .month(year, month): return "\(UKDateFormat.monthNames[month - 1]) \(year)"
        case let .quarter(year, quarter):
            let first = (quarter - 1) * 3 + 4
            let startMonth = first > 12 ? first - 12 : first
            let calendarYear = first > 12 ? year + 1 : year
            return "Q\(quarter) \(ReportingPeriod.financialYear(year).code) (\(UKDateFormat.monthNames[startMonth - 1]) to \(UKDateFormat.monthNames[startMonth + 1]) \(calendarYear))"
        case .financialYear: return code
        }
    }

    /// The period before: September for October, Q4 of the last year for Q1.
    public var previous: ReportingPeriod {
        switch self {
        case let .month(year, month): month == 1 ? .month(year: year - 1, month: 12) : .month(year: year, month: month - 1)
        case let .quarter(year, quarter): quarter == 1 ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: quarter - 1)
        case let .financialYear(year): .financialYear(year - 1)
        }
    }

    /// The same period a year earlier.
    public var yearBefore: ReportingPeriod {
        switch self {
        case let .month(year, month): .month(year: year - 1, month: month)
        case let .quarter(year, quarter): .quarter(year: year - 1, quarter: quarter)
        case let .financialYear(year): .financialYear(year - 1)
        }
    }

    /// Months count from the financial year's start, so periods of one kind sort in time.
    private var sortKey: (Int, Int) {
        switch self {
        case let .month(year, month): (year * 12 + month, 0)
        case let .quarter(year, quarter): (year * 12 + 3 + quarter * 3, 1)
        case let .financialYear(year): (year * 12 + 15, 2)
        }
    }

    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool { lhs.sortKey < rhs.sortKey }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = ReportingPeriod(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

private func format2(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
