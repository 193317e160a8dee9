import Fluent
import Foundation
import OversightDomain
import OversightStore

struct UpdatePriority {
    var dependencies: Dependencies

    func callAsFunction(_ priority: Priority, _ draft: PriorityDraft, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        try await Audit.changing(touching: [.plan(priority.planID)], on: db, dependencies: dependencies) { change in
            try await PlanStore.updatePriority(priority, with: draft, expectedVersion: expectedVersion,
                                               at: dependencies.now(), on: change)
            change.audit(actor.record("priority.update", "priority", id: priority.id.description,
                                      before: Audit.json(priority), after: Audit.json(draft)))
        }
    }
}
