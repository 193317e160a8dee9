import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Loads a CSV of indicator values: every line is checked before anything is written, and then
/// all of it is written in one transaction, or none of it.
struct ImportIndicatorValues {
    var dependencies: Dependencies

    struct Outcome: Sendable {
        var values: [IndicatorValueImport.Row]
        var problems: [ImportProblem]
        var written: Bool

        var rows: Int { values.count }
    }

    func callAsFunction(_ bytes: [UInt8], council: Council.ID, dryRun: Bool, by actor: Actor,
                        on db: any Database) async throws -> Outcome {
        try await db.transaction { tx in
            let indicators = try await IndicatorStore.indicators(in: council, on: tx)
            let validated = try await IndicatorStore.validatedKeys(of: indicators.map(\.id), on: tx)
            let parsed = IndicatorValueImport.parse(bytes, indicators: Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) }),
                                                    validated: validated)
            guard parsed.problems.isEmpty else { return Outcome(values: [], problems: parsed.problems, written: false) }
            guard !dryRun else { return Outcome(values: parsed.rows, problems: [], written: false) }
            try await IndicatorStore.write(parsed.rows.map(\.value), newID: dependencies.newID, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("indicator.import", "council", id: council.description,
                                               after: "\(parsed.rows.count) values"), on: tx, dependencies: dependencies)
            return Outcome(values: parsed.rows, problems: [], written: true)
        }
    }
}

extension Indicator {
    /// A council's copy of a catalogue indicator.
    init(id: ID, councilID: Council.ID, _ definition: IndicatorDefinition, source: String? = nil) {
        self.init(id: id, councilID: councilID, code: definition.code, title: definition.title,
                  description: "\(definition.numerator) as a share of \(definition.denominator.lowercased()).",
                  numerator: definition.numerator, denominator: definition.denominator, unit: definition.unit,
                  polarity: definition.polarity, frequency: definition.frequency, theme: definition.theme,
                  source: source, ownerID: nil, dataQualityNote: nil, countsChildren: definition.countsChildren)
    }
}
