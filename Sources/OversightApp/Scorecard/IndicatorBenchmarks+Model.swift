import OversightDomain

/// An indicator's benchmarks page.
enum IndicatorBenchmarks {}

extension IndicatorBenchmarks {
    /// What the benchmarks page shows above its form: each year's comparators, newest first, and
    /// whose they are.
    struct Model {
        var indicator: Indicator
        /// For the note on who the statistical neighbours are.
        var comparators: Comparators
        /// The council's region by name, or "Region" until it is named.
        var regionName: String
        /// Newest year first.
        var rows: [Row]

        struct Row {
            /// The financial year's first calendar year: what a removal posts.
            var year: Int
            /// "2016-17".
            var yearCode: String
            var england: Double?
            var neighbours: Double?
            var region: Double?
            var source: String?
        }

        init(_ model: IndicatorPageModel, comparators: Comparators) {
            indicator = model.indicator
            self.comparators = comparators
            regionName = comparators.region ?? "Region"
            rows = model.benchmarks.reversed().map { benchmark in
                Row(year: benchmark.year, yearCode: ReportingPeriod.financialYear(benchmark.year).code, england: benchmark.england,
                    neighbours: benchmark.neighbours, region: benchmark.region, source: benchmark.source)
            }
        }
    }
}
