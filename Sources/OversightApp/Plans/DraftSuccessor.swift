import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Starts a Continuous Improvement Plan from a running plan. The chosen unfinished actions are
/// copied into it, each linked to the action it carries forward (whose updates remain its
/// history). The old plan keeps running until the new one is made active; then it closes.
package struct DraftSuccessor {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(of record: PlanRecord, _ draft: PlanDraft, carrying chosen: [PlanAction.ID], by actor: Actor,
                                on db: any Database) async throws -> Plan.ID {
        let old = record.plan
        guard old.status == .active || old.status == .approved else { throw PlanError.cannotSucceed(old.status) }
        let carried = record.actions.filter { chosen.contains($0.id) && !$0.isFinished }
        let newPlan = Plan.ID(dependencies.newID())
        try await Audit.changing(touching: [.planRecord(record.plan.id), .planRecord(newPlan)],
                                 on: db, dependencies: dependencies) { change in
            let tx = change.db
            let now = dependencies.now()
            try await PlanStore.create(draft, id: newPlan, in: old.councilID, predecessor: old.id, at: now,
                                       newID: dependencies.newID, on: change)
            for priority in record.priorities {
                let actions = carried.filter { $0.priorityID == priority.id }
                guard !actions.isEmpty else { continue }
                let copy = Priority(id: .init(dependencies.newID()), planID: newPlan, number: priority.number,
                                    title: priority.title, outcome: priority.outcome, leadID: priority.leadID, version: 1)
                try await PlanStore.createPriority(
                    PriorityDraft(number: copy.number, title: copy.title, outcome: copy.outcome, leadID: copy.leadID),
                    id: copy.id, in: newPlan, at: now, on: change)
                for action in actions {
                    let copyID = PlanAction.ID(dependencies.newID())
                    try await PlanStore.createAction(
                        action.draft,
                        id: copyID, in: copy, carriedFrom: action.id,
                        revisionCount: action.revisionCount, at: now, newID: dependencies.newID, on: change)
                    // Milestones travel with the action, met or not, so its dated steps stay in one place.
                    for milestone in try await PlanRecordStore.milestones(of: action.id, on: tx) {
                        try await PlanRecordStore.addMilestone(
                            Milestone(id: .init(dependencies.newID()), actionID: copyID, title: milestone.title,
                                      dueDate: milestone.dueDate, metDate: milestone.metDate, version: 1),
                            at: now, on: change)
                    }
                }
            }
            change.audit(actor.record("plan.succeed", "plan", id: newPlan.description,
                                      after: Audit.json(SuccessionAudit(predecessor: old.id, plan: draft,
                                                                        carried: carried.map(\.reference)))))
        }
        return newPlan
    }

    private struct SuccessionAudit: Encodable {
        var predecessor: Plan.ID
        var plan: PlanDraft
        var carried: [String]
    }
}
