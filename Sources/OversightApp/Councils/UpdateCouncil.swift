import Fluent
import OversightDomain
import OversightStore

/// Changes a council's details if nobody else has since the editor read them.
struct UpdateCouncil {
    var dependencies: Dependencies

    func callAsFunction(_ id: Council.ID, _ draft: CouncilDraft, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        try await Audit.changing(touching: [.council(id)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            let before = try await CouncilStore.find(id, on: tx)
            try await CouncilStore.update(id, with: draft, expectedVersion: expectedVersion, at: dependencies.now(),
                                          newID: dependencies.newID, on: change)
            change.audit(actor.record("council.update", "council", id: id.description,
                                      before: before.flatMap(Audit.json), after: Audit.json(draft)))
        }
    }
}
