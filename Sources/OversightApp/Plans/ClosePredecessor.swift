import Fluent
import Foundation
import OversightDomain
import OversightStore

/// When a successor becomes active its predecessor closes: each action it carried forward is
/// marked so, and any other unfinished action is withdrawn with the reason that it was not
/// carried forward. Runs inside the activation's transaction.
enum ClosePredecessor {
    static func run(for successor: Plan, reason: String, by actor: Actor, on change: Change,
                    dependencies: Dependencies) async throws {
        let tx = change.db
        guard let predecessorID = successor.predecessorID,
              let old = try await PlanStore.find(predecessorID, in: successor.councilID, on: tx),
              let next = PlanEvent.close.apply(to: old.plan.status) else { return }
        let unfinished = old.actions.filter { !$0.isFinished }
        let successors = try await PlanRecordStore.successors(of: unfinished.map(\.id), on: tx)
            .filter { $0.value.plan == successor.id }
        let carried = unfinished.filter { successors[$0.id] != nil }.map(\.id)
        let withdrawn = unfinished.filter { successors[$0.id] == nil }.map(\.id)
        let now = dependencies.now()
        try await PlanStore.setStatus(old.plan.id, to: next, expectedVersion: old.plan.version, at: now, on: change)
        try await PlanRecordStore.setFinalStatus(.carriedForward, reason: nil, of: carried, at: now, on: change)
        try await PlanRecordStore.setFinalStatus(
            .withdrawn, reason: "Not carried forward into the \(successor.title)", of: withdrawn, at: now, on: change)
        change.audit(actor.record("plan.close", "plan", id: old.plan.id.description,
                                  before: old.plan.status.rawValue,
                                  after: Audit.json(["status": next.rawValue, "reason": reason,
                                                     "carriedForward": String(carried.count),
                                                     "withdrawn": String(withdrawn.count)])))
    }
}
