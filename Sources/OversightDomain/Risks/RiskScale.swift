/// A position on the 5 x 5 grid: how likely the risk is and how bad it would be, each 1 to 5.
public struct RiskScore: Hashable, Sendable, Codable, Comparable {
    public let likelihood: Int
    public let impact: Int

    public init?(likelihood: Int, impact: Int) {
        guard RiskScore.levels.contains(likelihood), RiskScore.levels.contains(impact) else { return nil }
        self.likelihood = likelihood
        self.impact = impact
    }

    public static let levels = 1...5

    /// Likelihood times impact: 1 to 25.
    public var value: Int { likelihood * impact }

    /// "4 x 5 = 20", as registers print it.
    public var label: String { "\(likelihood) x \(impact) = \(value)" }

    public static func < (lhs: RiskScore, rhs: RiskScore) -> Bool { (lhs.value, lhs.impact) < (rhs.value, rhs.impact) }
}

/// The colour a band is drawn in; the band's name is always printed beside it.
public enum RiskColour: String, Labelled {
    case green, amber, red

    public var label: String {
        switch self {
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        }
    }
}

/// One rating band: every score up to `upTo` (and above the band before) has this name.
public struct RiskBand: Hashable, Sendable, Codable {
    public var name: String
    public var upTo: Int
    public var colour: RiskColour

    public init(name: String, upTo: Int, colour: RiskColour) {
        self.name = name
        self.upTo = upTo
        self.colour = colour
    }
}

/// The council's own words for each level of likelihood and impact, and its rating bands: a
/// setting, because councils score risk alike but name and band it differently.
public struct RiskScale: Hashable, Sendable, Codable {
    /// Five definitions each, from level 1 to level 5.
    public var likelihood: [String]
    public var impact: [String]
    /// In order of `upTo`; the last ends at 25.
    public var bands: [RiskBand]

    public init(likelihood: [String], impact: [String], bands: [RiskBand]) {
        self.likelihood = likelihood
        self.impact = impact
        self.bands = bands
    }

    /// A common local-authority scale: 1 to 4 low, 5 to 12 medium, 15 to 25 high.
    public static let standard = RiskScale(
        likelihood: ["Rare: may happen only in exceptional circumstances",
                     "Unlikely: could happen at some time, less than a 1 in 10 chance in a year",
                     "Possible: might happen, a 1 in 4 chance in a year",
                     "Likely: will probably happen, more likely than not in a year",
                     "Almost certain: expected to happen within months"],
        impact: ["Minimal: no effect on children's safety; absorbed within the service",
                 "Minor: short delay to help for some children; small overspend",
                 "Moderate: children's needs not met for a time; local media interest; overspend under £250,000",
                 "Major: a child is harmed; Ofsted or DfE concern; overspend under £1 million",
                 "Severe: serious harm or death of a child; statutory direction or intervention; national media"],
        bands: [RiskBand(name: "Low", upTo: 4, colour: .green), RiskBand(name: "Medium", upTo: 12, colour: .amber),
                RiskBand(name: "High", upTo: 25, colour: .red)])

    /// The band a score falls in.
    public func band(_ value: Int) -> RiskBand {
        bands.first { value <= $0.upTo } ?? bands[bands.count - 1]
    }

    public func band(_ score: RiskScore) -> RiskBand { band(score.value) }

    public func likelihoodName(_ level: Int) -> String { Self.name(likelihood, level) }
    public func impactName(_ level: Int) -> String { Self.name(impact, level) }

    /// The words before the colon: "Likely" of "Likely: will probably happen".
    static func name(_ definitions: [String], _ level: Int) -> String {
        guard definitions.indices.contains(level - 1) else { return String(level) }
        let text = definitions[level - 1]
        return String(text.prefix { $0 != ":" })
    }

    /// What is wrong with the scale, each problem worded for the settings form; empty when it can be used.
    public var problems: [RiskScaleProblem] {
        var problems: [RiskScaleProblem] = []
        if likelihood.count != 5 || likelihood.contains(where: { $0.trimmingWhitespace.isEmpty }) { problems.append(.levels(.likelihood)) }
        if impact.count != 5 || impact.contains(where: { $0.trimmingWhitespace.isEmpty }) { problems.append(.levels(.impact)) }
        if bands.isEmpty || bands.contains(where: { $0.name.trimmingWhitespace.isEmpty }) {
            problems.append(.bandNames)
        } else {
            var previous = 0
            for band in bands {
                if band.upTo <= previous { problems.append(.bandsNotRising(band.name)); break }
                previous = band.upTo
            }
            if bands.last?.upTo != 25 { problems.append(.lastBandEnd(bands.last?.upTo ?? 0)) }
        }
        return problems
    }
}

public enum RiskScaleProblem: Error, Equatable, Sendable {
    public enum Axis: String, Sendable { case likelihood, impact }
    case levels(Axis)
    case bandNames
    case bandsNotRising(String)
    case lastBandEnd(Int)

    public var message: String {
        switch self {
        case let .levels(axis): "Describe each of the five levels of \(axis.rawValue), from 1 to 5"
        case .bandNames: "Give every rating band a name, such as Low, Medium or High"
        case let .bandsNotRising(name): "Each band must end at a higher score than the band before it: check \(name)"
        case let .lastBandEnd(end): "The highest band must end at 25, the highest score, not \(end)"
        }
    }
}
