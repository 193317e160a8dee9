import Foundation
import OversightDomain

/// The preview of an import of figures or benchmarks, before it is confirmed.
enum IndicatorImportPreview {}

extension IndicatorImportPreview {
    /// What the preview shows of a file that passed every check: a line an indicator for
    /// figures, a line a year for benchmarks, and how much will be imported.
    struct Model {
        /// The uploaded file's name as shown.
        var fileName: String
        /// The held upload the confirmation imports.
        var pending: UUID
        /// "1,200 figures" or "42 benchmark years".
        var described: String
        /// How many indicators the file has figures or benchmarks for.
        var indicatorCount: Int
        var summary: Summary

        enum Summary {
            /// By indicator code.
            case values([ValueRow])
            /// In the file's order.
            case benchmarks([BenchmarkRow])
        }

        struct ValueRow {
            /// "CIN-REREF: Re-referrals".
            var indicator: String
            var figures: Int
            /// "October 2017", or "April 2017 to March 2018" when the figures span several periods.
            var periods: String
            var validated: Int
        }

        struct BenchmarkRow {
            var indicator: String
            /// "2016-17".
            var year: String
            var unit: IndicatorUnit
            var england: Double?
            var neighbours: Double?
            var region: Double?
            var source: String?
        }

        init(_ outcome: ImportIndicatorValues.Outcome, fileName: String, pending: UUID) {
            self.fileName = fileName
            self.pending = pending
            described = outcome.described
            if outcome.benchmarks.isEmpty {
                let byIndicator = Dictionary(grouping: outcome.values, by: \.indicator.code).sorted { $0.key < $1.key }
                indicatorCount = byIndicator.count
                summary = .values(byIndicator.map { code, rows in
                    let periods = rows.map(\.value.period).sorted()
                    return ValueRow(indicator: "\(code): \(rows[0].indicator.title)", figures: rows.count,
                                    periods: periods.first == periods.last ? periods[0].label
                                        : "\(periods[0].label) to \(periods[periods.count - 1].label)",
                                    validated: rows.filter { $0.value.status == .validated }.count)
                })
            } else {
                indicatorCount = Set(outcome.benchmarks.map(\.indicator.code)).count
                summary = .benchmarks(outcome.benchmarks.map { row in
                    BenchmarkRow(indicator: "\(row.indicator.code): \(row.indicator.title)",
                                 year: ReportingPeriod.financialYear(row.benchmark.year).code, unit: row.indicator.unit,
                                 england: row.benchmark.england, neighbours: row.benchmark.neighbours,
                                 region: row.benchmark.region, source: row.benchmark.source)
                })
            }
        }
    }
}
