import Fluent
import Foundation
import OversightDomain
import OversightStore

package struct AddPriority {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: PriorityDraft, to plan: Plan.ID, by actor: Actor,
                                on db: any Database) async throws -> Priority.ID {
        let id = Priority.ID(dependencies.newID())
        try await Audit.changing(touching: [.plan(plan)], on: db, dependencies: dependencies) { change in
            try await PlanStore.createPriority(draft, id: id, in: plan, at: dependencies.now(), on: change)
            change.audit(actor.record("priority.create", "priority", id: id.description,
                                      after: Audit.json(draft)))
        }
        return id
    }
}
