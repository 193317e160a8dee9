import OversightDomain
import OversightStore

/// An indicator's own page.
enum IndicatorDetail {}

extension IndicatorDetail {
    /// What an indicator's page shows, worked out from its loaded figures, targets, benchmarks and
    /// linked actions: where it stands, and every figure newest first with the target and rating
    /// of its own period.
    struct Model {
        /// The definition, shown as it is.
        var indicator: Indicator
        var latest: IndicatorValue?
        /// The target for the latest figure's period.
        var target: IndicatorTarget?
        var standing: IndicatorStanding
        /// The council's region by name, or "Region" until it is named.
        var regionName: String
        var linkedActions: [AnsweringAction]
        /// Every figure, oldest first, for the trend line.
        var trend: [IndicatorValue]
        /// Every figure, newest first.
        var figures: [Figure]

        struct Figure {
            var period: ReportingPeriod
            var numerator: Double?
            var denominator: Double?
            var value: Double
            var status: ValueStatus
            var comment: String?
            /// The target for this figure's period (its own, or its financial year's).
            var target: Double?
            var rag: RAG?
            /// A provisional figure may be corrected by anyone who enters figures; a validated one
            /// only by those who manage the scorecard.
            var isProvisional: Bool
        }

        init(_ model: IndicatorPageModel, comparators: Comparators) {
            let summary = model.summary, polarity = model.indicator.polarity
            indicator = model.indicator
            latest = summary.latest
            target = summary.target
            standing = IndicatorStanding(summary)
            regionName = comparators.region ?? "Region"
            linkedActions = model.linkedActions
            trend = model.values
            figures = model.values.reversed().map { value in
                let periodTarget = model.target(for: value.period)
                return Figure(period: value.period, numerator: value.numerator, denominator: value.denominator, value: value.value,
                              status: value.status, comment: value.comment, target: periodTarget?.value,
                              rag: periodTarget.map {
                                  RAG.evaluate(value.value, target: $0.value, tolerance: $0.tolerance, polarity: polarity)
                              },
                              isProvisional: value.status == .provisional)
            }
        }
    }
}
