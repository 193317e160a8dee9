import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Records the approval of a plan: the state moves to approved and, in the same transaction, the
/// plan's content is frozen as its next version.
package struct ApprovePlan {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    @discardableResult
    package func callAsFunction(_ record: PlanRecord, snapshot: PlanSnapshot, approval: PlanApproval, expectedVersion: Int,
                                by actor: Actor, on db: any Database) async throws -> Int {
        let plan = record.plan
        guard let next = PlanEvent.approve.apply(to: plan.status) else {
            throw PlanError.transitionRefused(event: .approve, from: plan.status)
        }
        return try await Audit.changing(touching: [.planRecord(record.plan.id)], on: db, dependencies: dependencies) { change in
            try await PlanStore.setStatus(plan.id, to: next, expectedVersion: expectedVersion, at: dependencies.now(),
                                          on: change)
            let number = try await PlanRecordStore.recordVersion(
                id: .init(dependencies.newID()), of: plan.id, approval: approval, snapshot: snapshot,
                by: actor.label, at: dependencies.now(), on: change)
            change.audit(actor.record("plan.approve", "plan", id: plan.id.description,
                                      before: plan.status.rawValue,
                                      after: Audit.json(ApprovalAudit(status: next, approval: approval,
                                                                      version: number))))
            return number
        }
    }

    private struct ApprovalAudit: Encodable {
        var status: PlanStatus
        var approval: PlanApproval
        var version: Int
    }
}
