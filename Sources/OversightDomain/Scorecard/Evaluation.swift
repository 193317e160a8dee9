/// Red, amber or green against a target: green on or better than the target, amber within the
/// tolerance band short of it, red beyond. The word always goes with the colour.
public enum RAG: String, Labelled {
    case red, amber, green

    public var label: String {
        switch self {
        case .red: "Red: off target"
        case .amber: "Amber: near target"
        case .green: "Green: on target"
        }
    }

    public var word: String {
        switch self {
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        }
    }

    /// `tolerance` is the width of the amber band, in the indicator's unit (2 percentage points,
    /// 1.5 cases), never negative.
    public static func evaluate(_ value: Double, target: Double, tolerance: Double, polarity: Polarity) -> RAG {
        let gain = polarity.gain(value, over: target)
        if gain >= -1e-9 { return .green }
        return -gain <= max(0, tolerance) + 1e-9 ? .amber : .red
    }
}

/// Whether things got better, worse or stayed the same, given which way is better. A change no
/// bigger than the threshold is "no change": a tenth of a point is noise, not progress.
public enum Direction: String, Labelled {
    case improving, worsening, noChange = "no-change"

    public var label: String {
        switch self {
        case .improving: "Improving"
        case .worsening: "Worsening"
        case .noChange: "No change"
        }
    }

    /// An arrow for the eye; the label says it for everyone else.
    public func arrow(_ polarity: Polarity) -> String {
        switch (self, polarity) {
        case (.noChange, _): "\u{2192}"
        case (.improving, .higherIsBetter), (.worsening, .lowerIsBetter): "\u{2191}"
        case (.improving, .lowerIsBetter), (.worsening, .higherIsBetter): "\u{2193}"
        }
    }

    public static func evaluate(_ value: Double, from previous: Double, polarity: Polarity, threshold: Double) -> Direction {
        let gain = polarity.gain(value, over: previous)
        if abs(gain) <= max(0, threshold) + 1e-9 { return .noChange }
        return gain > 0 ? .improving : .worsening
    }
}

/// Better or worse than a benchmark (England, statistical neighbours, region).
public enum Comparison: String, Labelled {
    case better, similar, worse

    public var label: String {
        switch self {
        case .better: "Better"
        case .similar: "Similar"
        case .worse: "Worse"
        }
    }

    public static func evaluate(_ value: Double, against benchmark: Double, polarity: Polarity, threshold: Double) -> Comparison {
        switch Direction.evaluate(value, from: benchmark, polarity: polarity, threshold: threshold) {
        case .improving: .better
        case .worsening: .worse
        case .noChange: .similar
        }
    }
}
