import Fluent
import Foundation
import OversightDomain
import OversightStore

struct UpdatePlanDetails {
    var dependencies: Dependencies

    func callAsFunction(_ plan: Plan, _ draft: PlanDraft, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        try await db.transaction { tx in
            try await PlanStore.updateDetails(plan.id, with: draft, expectedVersion: expectedVersion,
                                              at: dependencies.now(), newID: dependencies.newID, on: tx)
            try await Audit.write(actor.record("plan.update", "plan", id: plan.id.description,
                                               before: Audit.json(plan), after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
    }
}
