import Fluent
import Foundation
import OversightDomain
import OversightStore

package struct AddAction {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: ActionDraft, to priority: Priority, by actor: Actor,
                                on db: any Database) async throws -> PlanAction.ID {
        let id = PlanAction.ID(dependencies.newID())
        try await Audit.changing(touching: [.plan(priority.planID)], on: db, dependencies: dependencies) { change in
            try await PlanStore.createAction(draft, id: id, in: priority, at: dependencies.now(),
                                             newID: dependencies.newID, on: change)
            change.audit(actor.record("action.create", "action", id: id.description, after: Audit.json(draft)))
        }
        return id
    }
}
