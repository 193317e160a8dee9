/// A performance indicator: what is counted, how, which way is better, and who answers for it.
public struct Indicator: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Indicator>

    public var id: ID
    public var councilID: Council.ID
    /// Short and stable, used in CSV imports: "CIN-REREF".
    public var code: String
    public var title: String
    public var description: String
    public var numerator: String?
    public var denominator: String?
    public var unit: IndicatorUnit
    public var polarity: Polarity
    public var frequency: Frequency
    public var theme: String
    public var source: String?
    public var ownerID: Person.ID?
    public var dataQualityNote: String?
    /// Counts of children fall under the small-number rules on every Part I output.
    public var countsChildren: Bool
    /// For optimistic locking: an edit names the version it was made from.
    public var version: Int

    public init(id: ID, councilID: Council.ID, code: String, title: String, description: String, numerator: String?,
                denominator: String?, unit: IndicatorUnit, polarity: Polarity, frequency: Frequency, theme: String,
                source: String?, ownerID: Person.ID?, dataQualityNote: String?, countsChildren: Bool, version: Int = 1) {
        self.id = id
        self.councilID = councilID
        self.code = code
        self.title = title
        self.description = description
        self.numerator = numerator
        self.denominator = denominator
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.theme = theme
        self.source = source
        self.ownerID = ownerID
        self.dataQualityNote = dataQualityNote
        self.countsChildren = countsChildren
        self.version = version
    }
}

public enum IndicatorUnit: String, Labelled {
    case percentage
    case ratePer10000 = "rate-per-10000"
    case count
    case days
    case ratio

    public var label: String {
        switch self {
        case .percentage: "Percentage"
        case .ratePer10000: "Rate per 10,000 children"
        case .count: "Count"
        case .days: "Days"
        case .ratio: "Ratio"
        }
    }

    /// The value from a numerator and denominator: a share as a percentage, a rate per 10,000, an
    /// average (days, ratio); nil when it cannot be computed (no denominator, or zero).
    public func value(numerator: Double, denominator: Double?) -> Double? {
        switch self {
        case .count: return numerator
        case .percentage, .ratePer10000, .days, .ratio:
            guard let denominator, denominator > 0 else { return nil }
            let share = numerator / denominator
            return switch self {
            case .percentage: share * 100
            case .ratePer10000: share * 10_000
            default: share
            }
        }
    }

    /// The range a value can take, for checking imports: a percentage above 100 is a mistake.
    public var allowed: ClosedRange<Double> {
        switch self {
        case .percentage: 0...100
        default: 0...CSVTable.maxFigure
        }
    }

    /// "22.1%", "512.3", "16.0 days": one decimal place, as the DfE's tables print them.
    public func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let whole = self == .count ? Int(exactly: rounded) : nil
        let text = whole.map { String($0) } ?? oneDecimal(rounded)
        return switch self {
        case .percentage: text + "%"
        case .days: text + " days"
        default: text
        }
    }

    /// A gap between two figures: "2.5 percentage points", "1.5 days", "0.8".
    public func formatDifference(_ difference: Double) -> String {
        let text = oneDecimal((difference * 10).rounded() / 10)
        return switch self {
        case .percentage: text + " percentage points"
        case .days: text + " days"
        default: text
        }
    }

    private func oneDecimal(_ value: Double) -> String {
        // Figures are bounded when they come in (`CSVTable.maxFigure`); a share of two of them need
        // not be, and must print rather than trap.
        guard let tenths = Int(exactly: (abs(value) * 10).rounded()), tenths < 1_000_000_000_000_000 else { return "\(value)" }
        return (value < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }
}

/// Which way is better. Re-referrals: lower; assessments in timescale: higher.
public enum Polarity: String, Labelled {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"

    public var label: String { self == .higherIsBetter ? "Higher is better" : "Lower is better" }

    /// How much better `value` is than `reference`: positive when better, whichever way that is.
    public func gain(_ value: Double, over reference: Double) -> Double {
        self == .higherIsBetter ? value - reference : reference - value
    }
}

public enum Frequency: String, Labelled {
    case monthly, quarterly, annual

    public var label: String {
        switch self {
        case .monthly: "Monthly"
        case .quarterly: "Quarterly"
        case .annual: "Annual"
        }
    }
}
