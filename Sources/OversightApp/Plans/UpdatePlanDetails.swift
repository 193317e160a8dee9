import Fluent
import Foundation
import OversightDomain
import OversightStore

struct UpdatePlanDetails {
    var dependencies: Dependencies

    func callAsFunction(_ plan: Plan, _ draft: PlanDraft, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        try await Audit.changing(touching: [.planRecord(plan.id)], on: db, dependencies: dependencies) { change in
            try await PlanStore.updateDetails(plan.id, with: draft, expectedVersion: expectedVersion,
                                              at: dependencies.now(), newID: dependencies.newID, on: change)
            change.audit(actor.record("plan.update", "plan", id: plan.id.description,
                                      before: Audit.json(plan), after: Audit.json(draft)))
        }
    }
}
