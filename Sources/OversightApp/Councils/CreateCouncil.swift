import Fluent
import OversightDomain
import OversightStore

/// Adds a council with its areas, and its audit entry, in one transaction.
struct CreateCouncil {
    var dependencies: Dependencies

    func callAsFunction(_ draft: CouncilDraft, by actor: Actor, on db: any Database) async throws -> Council.ID {
        let id = Council.ID(dependencies.newID())
        try await db.transaction { tx in
            try await CouncilStore.create(draft, id: id, at: dependencies.now(), newID: dependencies.newID, on: tx)
            try await Audit.write(actor.record("council.create", "council", id: id.description,
                                               after: Audit.json(draft)), on: tx, dependencies: dependencies)
        }
        return id
    }
}
