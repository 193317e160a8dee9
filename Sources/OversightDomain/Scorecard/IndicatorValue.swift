/// A figure for one indicator and period. The value is computed from the numerator and
/// denominator where both are given; a validated figure is final and an import cannot replace it.
public struct IndicatorValue: Hashable, Sendable, Codable {
    public var indicatorID: Indicator.ID
    public var period: ReportingPeriod
    public var numerator: Double?
    public var denominator: Double?
    public var value: Double
    public var status: ValueStatus
    public var comment: String?

    public init(indicatorID: Indicator.ID, period: ReportingPeriod, numerator: Double?, denominator: Double?, value: Double,
                status: ValueStatus, comment: String?) {
        self.indicatorID = indicatorID
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.status = status
        self.comment = comment
    }
}

/// A target for a period, with the width of its amber band.
public struct IndicatorTarget: Hashable, Sendable, Codable {
    public var period: ReportingPeriod
    public var value: Double
    public var tolerance: Double

    public init(period: ReportingPeriod, value: Double, tolerance: Double) {
        self.period = period
        self.value = value
        self.tolerance = tolerance
    }
}

public enum ValueStatus: String, Labelled {
    case provisional, validated

    public var label: String { self == .provisional ? "Provisional" : "Validated" }
}

/// A problem with an imported file: where (line as a spreadsheet numbers it, the header being
/// line 1; the column's name) and what would be right.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible, Error {
    public var line: Int?
    public var column: String?
    public var message: String

    public init(line: Int?, column: String?, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        [line.map { "Line \($0)" }, column].compactMap { $0 }.joined(separator: ", ") + (line == nil && column == nil ? "" : ": ") + message
    }

    /// Placed by the sheet's row when the file was a workbook ("Figures, row 4, value: ..."), by line for CSV.
    public func described(sheet: String?) -> String {
        guard let sheet else { return description }
        return ([sheet, line.map { "row \($0)" }, column].compactMap { $0 }).joined(separator: ", ") + ": " + message
    }
}

/// Comparators for a financial year: England, the average of the council's statistical
/// neighbours, and the region, with where the figures come from.
public struct IndicatorBenchmark: Hashable, Sendable, Codable {
    public var year: Int
    public var england: Double?
    public var neighbours: Double?
    public var region: Double?
    public var source: String?

    public init(year: Int, england: Double?, neighbours: Double?, region: Double?, source: String?) {
        self.year = year
        self.england = england
        self.neighbours = neighbours
        self.region = region
        self.source = source
    }
}
