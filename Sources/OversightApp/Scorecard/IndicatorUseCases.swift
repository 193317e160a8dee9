import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Loads a CSV of indicator values, or of benchmarks (the header says which): every line is
/// checked before anything is written, and then all of it is written in one transaction, or none.
package struct ImportIndicatorValues {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package struct Outcome: Sendable {
        package var values: [IndicatorValueImport.Row] = []
        package var benchmarks: [BenchmarkImport.Row] = []
        package var problems: [ImportProblem] = []
        package var written = false
        /// The sheet read, when the file is a workbook: problems are placed by its row numbers.
        package var sheet: String?

        package var rows: Int { values.count + benchmarks.count }
        /// "1,200 figures" or "42 benchmark years", for messages.
        package var described: String {
            benchmarks.isEmpty ? counted(values.count, "figure") : counted(benchmarks.count, "benchmark year")
        }
    }

    /// `claim` runs first inside the transaction of a real import (see `ImportPlan`).
    package func callAsFunction(_ bytes: [UInt8], council: Council.ID, dryRun: Bool, by actor: Actor,
                                claim: (@Sendable (Change) async throws -> Void)? = nil, on db: any Database) async throws -> Outcome {
        let read: ImportTable.Read
        switch ImportTable.read(bytes, keyColumn: "indicator_code", columns: IndicatorValueImport.columns) {
        case let .success(table): read = table
        case let .failure(problem): return Outcome(problems: [problem])
        }
        let table = read.table
        return try await Audit.changing(touching: [.scorecard(council)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            if !dryRun { try await claim?(change) }
            let indicators = try await IndicatorStore.indicators(in: council, on: tx)
            let byCode = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })
            if BenchmarkImport.holdsBenchmarks(header: table.header) {
                let parsed = BenchmarkImport.parse(table, indicators: byCode)
                guard parsed.problems.isEmpty else { return Outcome(problems: parsed.problems, sheet: read.sheet) }
                guard !dryRun else { return Outcome(benchmarks: parsed.rows, sheet: read.sheet) }
                for row in parsed.rows {
                    try await IndicatorStore.setBenchmark(row.benchmark, of: row.indicator.id, id: dependencies.newID(), on: change)
                }
                change.audit(actor.record("indicator.benchmark.import", "council", id: council.description,
                                          after: "\(parsed.rows.count) benchmark years"))
                return Outcome(benchmarks: parsed.rows, written: true, sheet: read.sheet)
            }
            // Only the file's indicators: their validated figures are the ones a line may not
            // replace, and checking a file need not read the council's whole history (the third
            // 100,000-figure import read 200,000 figures of other indicators first).
            let codeColumn = table.column("indicator_code")
            let named = Set(table.records.compactMap { $0[codeColumn]?.lowercased() })
            let inFile = indicators.filter { named.contains($0.code.lowercased()) }
            let validated = try await IndicatorStore.validatedKeys(of: inFile.map(\.id), on: tx)
            let parsed = IndicatorValueImport.parse(table, indicators: byCode, validated: validated)
            guard parsed.problems.isEmpty else { return Outcome(problems: parsed.problems, sheet: read.sheet) }
            guard !dryRun else { return Outcome(values: parsed.rows, sheet: read.sheet) }
            try await IndicatorStore.write(parsed.rows.map(\.value), newID: dependencies.newID, at: dependencies.now(), on: change)
            change.audit(actor.record("indicator.import", "council", id: council.description,
                                      after: "\(parsed.rows.count) values"))
            return Outcome(values: parsed.rows, written: true, sheet: read.sheet)
        }
    }
}

extension Indicator {
    /// A council's copy of a catalogue indicator.
    package init(id: ID, councilID: Council.ID, _ definition: IndicatorDefinition, source: String? = nil) {
        let whole = definition.denominator.isEmpty ? nil : definition.denominator
        self.init(id: id, councilID: councilID, code: definition.code, title: definition.title,
                  description: whole.map { "\(definition.numerator) as a share of \($0.lowercased())." } ?? "\(definition.numerator).",
                  numerator: definition.numerator, denominator: whole, unit: definition.unit,
                  polarity: definition.polarity, frequency: definition.frequency, theme: definition.theme,
                  source: source, ownerID: nil, dataQualityNote: nil, countsChildren: definition.countsChildren)
    }
}
