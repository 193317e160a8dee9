import Fluent
import Foundation
import OversightDomain
import OversightStore

struct UpdateAction {
    var dependencies: Dependencies

    func callAsFunction(_ action: PlanAction, in priority: Priority, _ draft: ActionDraft, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        try await Audit.changing(touching: [.plan(priority.planID)], on: db, dependencies: dependencies) { change in
            try await PlanStore.updateAction(action.id, in: priority, with: draft, previous: action,
                                             expectedVersion: expectedVersion, at: dependencies.now(),
                                             newID: dependencies.newID, on: change)
            change.audit(actor.record("action.update", "action", id: action.id.description,
                                      before: Audit.json(action), after: Audit.json(draft)))
        }
    }
}
