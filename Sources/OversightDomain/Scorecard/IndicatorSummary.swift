/// Where an indicator stands: its latest figure against the target for that period, and which
/// way it has moved since the period before and since the same period a year earlier.
public struct IndicatorSummary: Hashable, Sendable {
    public var indicator: Indicator
    public var latest: IndicatorValue?
    public var target: IndicatorTarget?
    public var rag: RAG?
    public var sincePrevious: Direction?
    public var sinceYearBefore: Direction?
    /// The comparators for the latest figure's financial year, or the latest year before it.
    public var benchmark: IndicatorBenchmark?
    public var againstEngland: Comparison?
    public var againstNeighbours: Comparison?
    public var againstRegion: Comparison?

    /// `values` in any order; `targets` by period (a financial year's target covers its months and quarters).
    public init(indicator: Indicator, values: [IndicatorValue], targets: [IndicatorTarget],
                benchmarks: [IndicatorBenchmark] = []) {
        self.indicator = indicator
        let byPeriod = Dictionary(values.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
        latest = values.max { $0.period < $1.period }
        guard let latest else { return }
        target = targets.first { $0.period == latest.period } ?? targets.first { $0.period == latest.period.financialYear }
        if let target {
            rag = RAG.evaluate(latest.value, target: target.value, tolerance: target.tolerance, polarity: indicator.polarity)
        }
        let threshold = indicator.unit.noChangeThreshold
        sincePrevious = byPeriod[latest.period.previous].map {
            Direction.evaluate(latest.value, from: $0.value, polarity: indicator.polarity, threshold: threshold)
        }
        sinceYearBefore = byPeriod[latest.period.yearBefore].map {
            Direction.evaluate(latest.value, from: $0.value, polarity: indicator.polarity, threshold: threshold)
        }
        if case let .financialYear(year) = latest.period.financialYear {
            benchmark = benchmarks.filter { $0.year <= year }.max { $0.year < $1.year }
        }
        againstEngland = benchmark?.england.map {
            Comparison.evaluate(latest.value, against: $0, polarity: indicator.polarity, threshold: threshold)
        }
        againstNeighbours = benchmark?.neighbours.map {
            Comparison.evaluate(latest.value, against: $0, polarity: indicator.polarity, threshold: threshold)
        }
        againstRegion = benchmark?.region.map {
            Comparison.evaluate(latest.value, against: $0, polarity: indicator.polarity, threshold: threshold)
        }
    }
}

public extension ReportingPeriod {
    /// The financial year a period falls in: April 2017 to March 2018 is 2017-18.
    var financialYear: ReportingPeriod {
        switch self {
        case let .month(year, month): .financialYear(month >= 4 ? year : year - 1)
        case let .quarter(year, _): .financialYear(year)
        case .financialYear: self
        }
    }
}

public extension IndicatorUnit {
    /// A change no bigger than this is "no change": half a percentage point, a fifth of a case.
    var noChangeThreshold: Double {
        switch self {
        case .percentage: 0.5
        case .ratePer10000: 5
        case .count: 0
        case .days: 0.5
        case .ratio: 0.2
        }
    }
}
