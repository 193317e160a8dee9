import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Moves a plan through its lifecycle. The event must be allowed from the plan's current state;
/// the audit entry records the states before and after, and the reason given.
package struct TransitionPlan {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ plan: Plan, _ event: PlanEvent, reason: String, expectedVersion: Int, by actor: Actor,
                                on db: any Database) async throws {
        // An approval freezes a version, so it goes through `ApprovePlan` with its record.
        guard event != .approve, let next = event.apply(to: plan.status) else {
            throw PlanError.transitionRefused(event: event, from: plan.status)
        }
        try await Audit.changing(touching: [.planRecord(plan.id)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            try await PlanStore.setStatus(plan.id, to: next, expectedVersion: expectedVersion, at: dependencies.now(),
                                          on: change)
            change.audit(actor.record("plan.\(event.rawValue)", "plan", id: plan.id.description,
                                      before: plan.status.rawValue,
                                      after: Audit.json(["status": next.rawValue, "reason": reason])))
            // A successor taking over closes the plan it succeeds, in the same transaction.
            if event == .activate {
                try await ClosePredecessor.run(for: plan, reason: reason, by: actor, on: change, dependencies: dependencies)
            }
            // A plan closed outright ends its unfinished actions, each withdrawn with the reason given.
            if event == .close {
                let unfinished = try await PlanStore.find(plan.id, in: plan.councilID, on: tx)?.actions
                    .filter { !$0.isFinished }.map(\.id) ?? []
                try await PlanRecordStore.setFinalStatus(.withdrawn, reason: "Withdrawn when the plan closed: \(reason)",
                                                         of: unfinished, at: dependencies.now(), on: change)
            }
        }
    }
}
