import OversightDomain

/// The scorecard page: every indicator of the council by theme.
enum Scorecard {
    /// How many periods a scorecard trend line and the figures behind it cover.
    static let trendMonths = 13
}

extension Scorecard {
    /// What the scorecard shows, worked out from the loaded indicators (already in theme order):
    /// the themes in the order they first come, each with its rows and the figures behind its
    /// trend lines.
    struct Model {
        var comparators: Comparators
        /// False before any indicator is added: the page says so.
        var hasIndicators: Bool
        var themes: [Theme]

        struct Theme {
            var name: String
            var rows: [Row]
            var figures: Figures
        }

        /// One indicator's line: where it stands and which way it is going.
        struct Row {
            var indicatorID: Indicator.ID
            var title: String
            var unit: IndicatorUnit
            var polarity: Polarity
            var latest: Latest?
            /// The target for the latest figure's period.
            var target: Double?
            var standing: IndicatorStanding
            /// The last `trendMonths` figures, oldest first.
            var trend: [IndicatorValue]

            init(_ model: IndicatorPageModel) {
                let summary = model.summary
                indicatorID = model.indicator.id
                title = model.indicator.title
                unit = model.indicator.unit
                polarity = model.indicator.polarity
                latest = summary.latest.map { value in
                    Latest(value: value.value, period: value.period.label + (value.status == .provisional ? " (provisional)" : ""))
                }
                target = summary.target?.value
                standing = IndicatorStanding(summary)
                trend = Array(model.values.suffix(Scorecard.trendMonths))
            }
        }

        struct Latest {
            var value: Double
            /// The period's label, with "(provisional)" after a figure not yet validated.
            var period: String
        }

        /// A theme's trend lines as numbers: indicators down, periods across.
        struct Figures {
            /// The codes of every period any of the theme's trend lines covers, in order.
            var periods: [String]
            var rows: [FiguresRow]

            init(_ models: [IndicatorPageModel]) {
                let covered = Array(Set(models.flatMap { $0.values.suffix(Scorecard.trendMonths).map(\.period) })).sorted()
                periods = covered.map(\.code)
                rows = models.map { model in
                    let byPeriod = Dictionary(model.values.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
                    return FiguresRow(code: model.indicator.code, unit: model.indicator.unit,
                                      values: covered.map { period in byPeriod[period]?.value })
                }
            }
        }

        struct FiguresRow {
            var code: String
            var unit: IndicatorUnit
            /// One a period of `Figures.periods`; nil where the indicator has no figure for it.
            var values: [Double?]
        }

        init(_ indicators: [IndicatorPageModel], comparators: Comparators) {
            self.comparators = comparators
            hasIndicators = !indicators.isEmpty
            var names: [String] = []
            for model in indicators where !names.contains(model.indicator.theme) { names.append(model.indicator.theme) }
            themes = names.map { name in
                let members = indicators.filter { $0.indicator.theme == name }
                return Theme(name: name, rows: members.map { Row($0) }, figures: Figures(members))
            }
        }
    }
}
