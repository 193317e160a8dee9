import Fluent
import Foundation
import OversightDomain
import OversightStore

/// One figure typed in or corrected. A validated figure is final for an import; correcting it
/// here needs the right to manage indicators and a comment that says why.
struct SaveIndicatorValue {
    var dependencies: Dependencies

    func callAsFunction(_ value: IndicatorValue, of indicator: Indicator, expectedVersion: Int, mayCorrectValidated: Bool,
                        by actor: Actor, on db: any Database) async throws {
        try await Audit.changing(touching: [.scorecard(indicator.councilID)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            let before = try await IndicatorStore.value(of: indicator.id, for: value.period, on: tx)
            if let before, before.value.status == .validated, before.version == expectedVersion {
                guard mayCorrectValidated else {
                    throw IndicatorRefusal(field: "period", message: ScorecardMessages.validatedFinal(value.period))
                }
                guard let comment = value.comment, comment != before.value.comment else {
                    throw IndicatorRefusal(field: "comment", message: ScorecardMessages.correctionComment(value.period))
                }
            }
            try await IndicatorStore.save(value, expectedVersion: expectedVersion, id: dependencies.newID(), at: dependencies.now(), on: change)
            change.audit(actor.record(before == nil ? "indicator.value.add" : "indicator.value.correct", "indicator",
                                      id: indicator.id.description, before: before.flatMap { Audit.json($0.value) },
                                      after: Audit.json(value)))
        }
    }
}
