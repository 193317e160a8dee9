import Fluent
import Foundation
import OversightDomain
import OversightStore

package struct CreatePlan {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: PlanDraft, in council: Council.ID, status: PlanStatus = .draft, by actor: Actor,
                                on db: any Database) async throws -> Plan.ID {
        let id = Plan.ID(dependencies.newID())
        try await Audit.changing(touching: [.planRecord(id)], on: db, dependencies: dependencies) { change in
            try await PlanStore.create(draft, id: id, in: council, status: status, at: dependencies.now(),
                                       newID: dependencies.newID, on: change)
            change.audit(actor.record("plan.create", "plan", id: id.description, after: Audit.json(draft)))
        }
        return id
    }
}
