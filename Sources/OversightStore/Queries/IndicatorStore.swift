import Fluent
import Foundation
import OversightDomain
import SQLKit

/// Indicators, their values and targets. Values are written in batches, so that an import of a
/// hundred thousand figures is a few hundred statements in one transaction, not a hundred thousand.
public enum IndicatorStore {
    static let valuesTable = "indicator_values"
    static let targetsTable = "indicator_targets"
    static let benchmarksTable = "indicator_benchmarks"
    /// Rows per INSERT: 9 binds a row stays well inside SQLite's and PostgreSQL's limits.
    static let batch = 500

    public static func add(_ indicator: Indicator, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = IndicatorModel()
        model.id = indicator.id.rawValue
        model.councilID = indicator.councilID.rawValue
        fill(model, from: indicator)
        try await translatingConstraintFailures(field: "code") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func indicators(in council: Council.ID, on db: any Database) async throws -> [Indicator] {
        // Read by column position (`ColumnRows`): the scorecard lists every indicator of the council.
        try await ColumnRows.read("""
            SELECT \(unsafeRaw: IndicatorModel.columns) FROM indicators WHERE council_id = \(bind: council.rawValue)
            ORDER BY theme, code
            """, on: db).map(IndicatorModel.indicator)
    }

    /// The indicators and periods already validated, for these indicators.
    public static func validatedKeys(of indicators: [Indicator.ID], on db: any Database) async throws -> Set<ValueKey> {
        guard !indicators.isEmpty else { return [] }
        var keys = Set<ValueKey>()
        for chunk in stride(from: 0, to: indicators.count, by: batch).map({ Array(indicators[$0..<min($0 + batch, indicators.count)]) }) {
            for row in try await ColumnRows.read("""
                SELECT indicator_id, period FROM indicator_values
                WHERE indicator_id IN (\(binds: chunk.map(\.rawValue))) AND status = \(bind: ValueStatus.validated.rawValue)
                """, on: db) {
                guard let period = ReportingPeriod(try row.string(1)) else { continue }
                keys.insert(ValueKey(indicator: .init(try row.uuid(0)), period: period))
            }
        }
        return keys
    }

    /// Writes figures, replacing provisional ones for the same indicator and period. The caller
    /// has checked that none replaces a validated figure; call inside a transaction. A replaced
    /// figure keeps its row and moves on a version, as an edit does, so that an edit begun on it
    /// before the import is refused rather than laid over what the import wrote.
    public static func write(_ values: [IndicatorValue], newID: () -> UUID, at now: Date, on change: Change) async throws {
        let db = change.written()
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        if sql.dialect.name == "sqlite", values.count > batch {
            // Each batch's statement journal would otherwise be a temporary file, opened and written
            // every time, and SQLite's default 2 MB page cache spills the figures' index to the log
            // part-way through a large import. Both settings last for this connection only.
            try await sql.raw("PRAGMA temp_store = MEMORY").run()
            try await sql.raw("PRAGMA cache_size = -16384").run()
        }
        // New figures are inserted, figures already there replaced in place with their version moved on.
        // In `IndicatorValueRow.writtenColumns`' order, made a batch at a time as the batches are written.
        let ids = values.map { _ in newID() }
        let replaced = ["numerator", "denominator", "value", "status", "comment", "updated_at"].map { "\($0) = excluded.\($0)" }
        try await BulkRows.insert(
            into: valuesTable, columns: IndicatorValueRow.writtenColumns, count: values.count,
            conflict: "ON CONFLICT (indicator_id, period) DO UPDATE SET \(replaced.joined(separator: ", ")), version = \(valuesTable).version + 1",
            field: "period", batch: batch, on: db
        ) { index in
            let figure = values[index]
            return [.uuid(ids[index]), .uuid(figure.indicatorID.rawValue), .text(figure.period.code), .double(figure.numerator),
                    .double(figure.denominator), .double(figure.value), .text(figure.status.rawValue), .text(figure.comment),
                    .int(1), .date(now)]
        }
    }

    /// Which indicators a read covers: one, or every one of a council (one query for a whole
    /// scorecard rather than one per indicator).
    public enum Scope: Sendable {
        case indicator(Indicator.ID)
        case council(Council.ID)

        var condition: SQLQueryString {
            switch self {
            case let .indicator(id): "indicator_id = \(bind: id.rawValue)"
            case let .council(id): "indicator_id IN (SELECT id FROM indicators WHERE council_id = \(bind: id.rawValue))"
            }
        }

        /// The same choice made on `indicators` (aliased `i`).
        var indicatorCondition: SQLQueryString {
            switch self {
            case let .indicator(id): "i.id = \(bind: id.rawValue)"
            case let .council(id): "i.council_id = \(bind: id.rawValue)"
            }
        }
    }

    static func sql(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        return sql
    }

    /// Figures by indicator, each oldest first.
    /// The figures of the indicators in `scope`, each indicator's oldest first; with `latest`, only
    /// each indicator's newest that many (the scorecard draws 13 periods of 250 indicators and reads
    /// 3,250 figures rather than 15,000). Period codes sort as text in the order they come.
    public static func values(_ scope: Scope, latest: Int? = nil, on db: any Database) async throws -> [Indicator.ID: [IndicatorValue]] {
        let columns = IndicatorValueRow.figureColumns
        let query: SQLQueryString = if let latest {
            // Each indicator's cut-off (its newest `latest`th period) is one seek down the
            // (indicator, period) index, then its figures from there are one range of it; ranking
            // every figure the council has and keeping 13 of each sorted all 15,000. MATERIALIZED
            // (SQLite 3.35, PostgreSQL 12) keeps the planner from folding the cut-offs into the
            // join, where they were found again for every figure, and the empty text in place of
            // no cut-off keeps the condition a range of the index.
            """
            WITH cut AS MATERIALIZED (
                SELECT i.id AS indicator_id,
                       COALESCE((SELECT p.period FROM indicator_values p WHERE p.indicator_id = i.id
                                 ORDER BY p.period DESC LIMIT 1 OFFSET \(bind: max(latest - 1, 0))), '') AS since
                FROM indicators i WHERE \(scope.indicatorCondition))
            SELECT \(unsafeRaw: columns.split(separator: ", ").map { "v.\($0)" }.joined(separator: ", "))
            FROM cut JOIN indicator_values v ON v.indicator_id = cut.indicator_id AND v.period >= cut.since
            ORDER BY v.indicator_id, v.period
            """
        } else {
            "SELECT \(unsafeRaw: columns) FROM indicator_values WHERE \(scope.condition) ORDER BY indicator_id, period"
        }
        let rows = try await ColumnRows.read(query, on: db).compactMap { try IndicatorValueRow.figure($0) }
        var result: [Indicator.ID: [IndicatorValue]] = [:]
        for figure in rows { result[figure.indicatorID, default: []].append(figure) }
        return result
    }

    /// An indicator's figures, oldest first.
    public static func values(of indicator: Indicator.ID, on db: any Database) async throws -> [IndicatorValue] {
        try await values(.indicator(indicator), on: db)[indicator] ?? []
    }

    public static func count(in council: Council.ID, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
            WHERE i.council_id = \(bind: council.rawValue)
            """).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    public static func setTarget(_ target: IndicatorTarget, of indicator: Indicator.ID, id: UUID, on change: Change) async throws {
        let db = change.written()
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.delete(from: targetsTable).where("indicator_id", .equal, indicator.rawValue)
            .where("period", .equal, target.period.code).run()
        try await sql.insert(into: targetsTable).model(IndicatorTargetRow(target, of: indicator, id: id), with: rowEncoder).run()
    }

    /// Targets by indicator, each in period order.
    public static func targets(_ scope: Scope, on db: any Database) async throws -> [Indicator.ID: [IndicatorTarget]] {
        let rows = try await sql(db).raw("""
            SELECT * FROM indicator_targets WHERE \(scope.condition) ORDER BY indicator_id, period
            """).all(decoding: IndicatorTargetRow.self, with: rowDecoder)
        var result: [Indicator.ID: [IndicatorTarget]] = [:]
        for row in rows {
            guard let target = row.target else { continue }
            result[.init(row.indicatorId), default: []].append(target)
        }
        return result
    }

    public static func setBenchmark(_ benchmark: IndicatorBenchmark, of indicator: Indicator.ID, id: UUID,
                                    on change: Change) async throws {
        let db = change.written()
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        try await sql.delete(from: benchmarksTable).where("indicator_id", .equal, indicator.rawValue)
            .where("year", .equal, benchmark.year).run()
        try await sql.insert(into: benchmarksTable).model(IndicatorBenchmarkRow(benchmark, of: indicator, id: id), with: rowEncoder)
            .run()
    }

    /// Benchmarks by indicator, each oldest year first.
    public static func benchmarks(_ scope: Scope, on db: any Database) async throws -> [Indicator.ID: [IndicatorBenchmark]] {
        let rows = try await sql(db).raw("""
            SELECT * FROM indicator_benchmarks WHERE \(scope.condition) ORDER BY indicator_id, year
            """).all(decoding: IndicatorBenchmarkRow.self, with: rowDecoder)
        return Dictionary(grouping: rows, by: { Indicator.ID($0.indicatorId) }).mapValues { $0.map(\.benchmark) }
    }

    /// The indicators with this code, in every council.
    public static func indicators(withCode code: String, on db: any Database) async throws -> [Indicator] {
        try await IndicatorModel.query(on: db).filter(\.$code == code).all().map { try $0.toDomain() }
    }

    /// The definition's fields, as a new indicator is written and an edit saves them.
    static func fill(_ model: IndicatorModel, from indicator: Indicator) {
        model.code = indicator.code
        model.title = indicator.title
        model.summary = indicator.description
        model.numerator = indicator.numerator
        model.denominator = indicator.denominator
        model.unit = indicator.unit.rawValue
        model.polarity = indicator.polarity.rawValue
        model.frequency = indicator.frequency.rawValue
        model.theme = indicator.theme
        model.source = indicator.source
        model.ownerID = indicator.ownerID?.rawValue
        model.dataQualityNote = indicator.dataQualityNote
        model.countsChildren = indicator.countsChildren
    }
}
