import OversightDocuments
import OversightDomain
import OversightStore

/// An indicator with what its scorecard row and page show.
struct IndicatorPageModel {
    var summary: IndicatorSummary
    /// Oldest first.
    var values: [IndicatorValue]
    var targets: [IndicatorTarget]
    var benchmarks: [IndicatorBenchmark] = []
    /// The plan actions that aim to move it (loaded for its own page only).
    var linkedActions: [AnsweringAction] = []

    var indicator: Indicator { summary.indicator }

    func target(for period: ReportingPeriod) -> IndicatorTarget? {
        targets.first { $0.period == period } ?? targets.first { $0.period == period.financialYear }
    }
}
