import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Adds an indicator of the council's own, or changes one, with its audit entry, in one transaction.
package struct SaveIndicator {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func create(_ draft: IndicatorDraft, in council: Council.ID, by actor: Actor, on db: any Database) async throws -> Indicator.ID {
        let indicator = draft.indicator(id: .init(dependencies.newID()), in: council)
        try await Audit.changing(touching: [.scorecard(council)], on: db, dependencies: dependencies) { change in
            try await IndicatorStore.add(indicator, at: dependencies.now(), on: change)
            change.audit(actor.record("indicator.create", "indicator", id: indicator.id.description,
                                      after: Audit.json(indicator)))
        }
        return indicator.id
    }

    /// The unit and frequency stay as they are once figures exist: the figures were recorded in them.
    package func update(_ before: Indicator, _ draft: IndicatorDraft, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        let after = draft.indicator(id: before.id, in: before.councilID, version: expectedVersion + 1)
        try await Audit.changing(touching: [.scorecard(before.councilID)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            if after.unit != before.unit || after.frequency != before.frequency {
                let figures = try await IndicatorStore.values(of: before.id, on: tx).count
                if figures > 0 {
                    let field = after.unit != before.unit ? "unit" : "frequency"
                    throw IndicatorRefusal(field: field, message: ScorecardMessages.fixedOnceRecorded(
                        unitChanged: after.unit != before.unit, before, figures: figures))
                }
            }
            try await IndicatorStore.update(after, expectedVersion: expectedVersion, at: dependencies.now(), on: change)
            change.audit(actor.record("indicator.update", "indicator", id: before.id.description,
                                      before: Audit.json(before), after: Audit.json(after)))
        }
    }
}
