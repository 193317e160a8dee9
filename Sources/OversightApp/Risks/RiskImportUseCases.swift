import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Brings in new risks from a council's risk log (CSV, or a workbook's sheet) in one transaction:
/// every row is checked against the register as it is inside that transaction, then all of them
/// are written, each with its first review, or none. `dryRun` checks without writing.
struct ImportRisks {
    var dependencies: Dependencies

    struct Outcome: Sendable {
        var rows: [RiskImport.Row] = []
        var problems: [ImportProblem] = []
        var written = false
        /// The sheet read, when the file is a workbook: problems are placed by its row numbers.
        var sheet: String?
    }

    /// `reviewer` is the name each risk's first review shows.
    /// `claim` runs first inside the transaction of a real import (see `ImportPlan`).
    func callAsFunction(_ bytes: [UInt8], source: String, council: Council.ID, dryRun: Bool, reviewer: String, by actor: Actor,
                        claim: (@Sendable (Change) async throws -> Void)? = nil, on db: any Database) async throws -> Outcome {
        let read: ImportTable.Read
        switch ImportTable.read(bytes, keyColumn: "title", columns: RiskImport.columns) {
        case let .success(table): read = table
        case let .failure(problem): return Outcome(problems: [problem])
        }
        let now = dependencies.now()
        return try await Audit.changing(touching: [.risks(council)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            if !dryRun { try await claim?(change) }
            let parsed = RiskImport.parse(read.table, council: council, people: try await PersonStore.all(in: council, on: tx),
                                          existing: try await RiskStore.references(in: council, on: tx),
                                          today: .inLondon(now), newID: dependencies.newID)
            guard parsed.problems.isEmpty else { return Outcome(problems: parsed.problems, sheet: read.sheet) }
            guard !dryRun else { return Outcome(rows: parsed.rows, sheet: read.sheet) }
            for row in parsed.rows {
                var risk = row.risk
                risk.lastReviewedOn = risk.raisedOn
                try await RiskStore.create(risk, at: now, on: change)
                try await RiskStore.addReview(RiskReview(id: .init(dependencies.newID()), riskID: risk.id, date: risk.raisedOn,
                                                         current: risk.current, target: risk.target,
                                                         commentary: "Risk raised; imported from \(source).", reviewer: reviewer),
                                              at: now, on: change)
            }
            change.audit(actor.record("risk.import", "council", id: council.description,
                                      after: "\(counted(parsed.rows.count, "risk")) from \(source): "
                                          + parsed.rows.map(\.risk.reference).joined(separator: ", ")))
            return Outcome(rows: parsed.rows, written: true, sheet: read.sheet)
        }
    }
}
