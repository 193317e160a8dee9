import Fluent
import OversightDomain
import OversightStore

/// Adds a council with its areas, and its audit entry, in one transaction.
package struct CreateCouncil {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: CouncilDraft, by actor: Actor, on db: any Database) async throws -> Council.ID {
        let id = Council.ID(dependencies.newID())
        try await Audit.changing(touching: [.everything], on: db, dependencies: dependencies) { change in
            try await CouncilStore.create(draft, id: id, at: dependencies.now(), newID: dependencies.newID, on: change)
            change.audit(actor.record("council.create", "council", id: id.description,
                                      after: Audit.json(draft)))
        }
        return id
    }
}
