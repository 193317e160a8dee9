import Foundation
import OversightDomain
import SQLKit

// The scorecard's figures, targets, benchmarks and comparators are read and written in bulk with
// SQLKit rather than as Fluent models (an import writes 100,000 figures in batches). Each table
// still has one typed row: its columns are this type's coding keys, written with `insert.models`
// and read with `decode(model:)`, so no query lists them again. The keys name the columns as they
// are: SQLKit's snake-case strategies convert every key of every row, and on the scorecard's 15,000
// figures that conversion cost more than the query (`docs/performance.md`).

let rowDecoder = SQLRowDecoder()
let rowEncoder = SQLQueryEncoder(nilEncodingStrategy: .asNil)

/// One figure of `indicator_values`.
struct IndicatorValueRow: Codable, Sendable {
    var id: UUID
    var indicatorId: UUID
    var period: String
    var numerator: Double?
    var denominator: Double?
    var value: Double
    var status: String
    var comment: String?
    var version: Int
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, indicatorId = "indicator_id", period, numerator, denominator, value, status, comment, version
        case updatedAt = "updated_at"
    }

    init(_ figure: IndicatorValue, id: UUID, version: Int, at now: Date) {
        self.id = id
        indicatorId = figure.indicatorID.rawValue
        period = figure.period.code
        numerator = figure.numerator
        denominator = figure.denominator
        value = figure.value
        status = figure.status.rawValue
        comment = figure.comment
        self.version = version
        updatedAt = now
    }

    /// The figure, or nil for a row whose period or status this version cannot read.
    var figure: IndicatorValue? {
        guard let period = ReportingPeriod(period), let status = ValueStatus(rawValue: status) else { return nil }
        return IndicatorValue(indicatorID: .init(indicatorId), period: period, numerator: numerator,
                              denominator: denominator, value: value, status: status, comment: comment)
    }

    /// Every column, in the order a bulk write (`IndicatorStore.write`) lists a figure's values.
    static let writtenColumns = ["id", "indicator_id", "period", "numerator", "denominator", "value", "status", "comment",
                                 "version", "updated_at"]

    /// The columns `figure(_:)` reads, in its order: the scorecard reads thousands of figures by
    /// column position (`ColumnRows`) rather than as this `Codable` row.
    static let figureColumns = "indicator_id, period, numerator, denominator, value, status, comment"

    /// A figure read by position from a query that selects `figureColumns`; nil as `figure` is.
    static func figure(_ row: ColumnRow) throws -> IndicatorValue? {
        guard let period = ReportingPeriod(try row.string(1)), let status = ValueStatus(rawValue: try row.string(5)) else {
            return nil
        }
        return IndicatorValue(indicatorID: .init(try row.uuid(0)), period: period, numerator: try row.optionalDouble(2),
                              denominator: try row.optionalDouble(3), value: try row.double(4), status: status,
                              comment: try row.optionalString(6))
    }
}

/// One target of `indicator_targets`.
struct IndicatorTargetRow: Codable, Sendable {
    var id: UUID
    var indicatorId: UUID
    var period: String
    var value: Double
    var tolerance: Double

    enum CodingKeys: String, CodingKey { case id, indicatorId = "indicator_id", period, value, tolerance }

    init(_ target: IndicatorTarget, of indicator: Indicator.ID, id: UUID) {
        self.id = id
        indicatorId = indicator.rawValue
        period = target.period.code
        value = target.value
        tolerance = target.tolerance
    }

    var target: IndicatorTarget? {
        ReportingPeriod(period).map { IndicatorTarget(period: $0, value: value, tolerance: tolerance) }
    }
}

/// One year's benchmarks of `indicator_benchmarks`.
struct IndicatorBenchmarkRow: Codable, Sendable {
    var id: UUID
    var indicatorId: UUID
    var year: Int
    var england: Double?
    var neighbours: Double?
    var region: Double?
    var source: String?

    enum CodingKeys: String, CodingKey { case id, indicatorId = "indicator_id", year, england, neighbours, region, source }

    init(_ benchmark: IndicatorBenchmark, of indicator: Indicator.ID, id: UUID) {
        self.id = id
        indicatorId = indicator.rawValue
        year = benchmark.year
        england = benchmark.england
        neighbours = benchmark.neighbours
        region = benchmark.region
        source = benchmark.source
    }

    var benchmark: IndicatorBenchmark {
        IndicatorBenchmark(year: year, england: england, neighbours: neighbours, region: region, source: source)
    }
}

/// A council's comparators in `scorecard_comparators`: one neighbour per line.
struct ComparatorsRow: Codable, Sendable {
    var councilId: UUID
    var region: String?
    var neighbours: String
    var version: Int
    var updatedAt: Date

    enum CodingKeys: String, CodingKey { case councilId = "council_id", region, neighbours, version, updatedAt = "updated_at" }

    init(_ comparators: Comparators, of council: Council.ID, version: Int, at now: Date) {
        councilId = council.rawValue
        region = comparators.region
        neighbours = comparators.neighbours.joined(separator: "\n")
        self.version = version
        updatedAt = now
    }

    var comparators: Comparators {
        Comparators(region: region, neighbours: neighbours.split(separator: "\n").map(String.init), version: version)
    }
}
