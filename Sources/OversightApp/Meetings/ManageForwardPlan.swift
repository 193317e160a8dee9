import Fluent
import Foundation
import OversightDomain
import OversightStore

/// The forward plan's writes, each audited in its own transaction. Entries show on the council's
/// public pages, so every change touches the meetings' scope (and with it the council's).
struct ManageForwardPlan {
    var dependencies: Dependencies

    func create(_ draft: ForwardPlanDraft, in council: Council.ID, by actor: Actor, on db: any Database) async throws -> ForwardPlanEntry.ID {
        let id = ForwardPlanEntry.ID(dependencies.newID())
        let now = dependencies.now()
        try await Audit.recording(actor.record("forward-plan.create", "forward-plan", id: id.description, before: nil,
                                               after: Audit.json(draft.reference + ": " + draft.matter)),
                                  touching: [.meetings(council)], on: db, dependencies: dependencies) { change in
            try await ForwardPlanStore.create(draft, id: id, in: council, at: now, on: change)
        }
        return id
    }

    func update(_ entry: ForwardPlanEntry, with draft: ForwardPlanDraft, expectedVersion: Int, by actor: Actor,
                on db: any Database) async throws {
        let now = dependencies.now()
        try await Audit.recording(actor.record("forward-plan.update", "forward-plan", id: entry.id.description, before: Audit.json(entry),
                                               after: Audit.json(draft.reference + ": " + draft.matter)),
                                  touching: [.meetings(entry.councilID)], on: db, dependencies: dependencies) { change in
            try await ForwardPlanStore.update(entry.id, with: draft, expectedVersion: expectedVersion, at: now, on: change)
        }
    }
}
