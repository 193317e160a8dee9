import Fluent
import Foundation
import OversightDomain
import OversightStore

enum PlanError: Error, Equatable {
    /// The event is not allowed from the plan's state; nothing was changed.
    case transitionRefused(event: PlanEvent, from: PlanStatus)
    /// Consultations and content changes belong to draft and consultation only.
    case notEditable(PlanStatus)
    /// Only a running plan can be succeeded.
    case cannotSucceed(PlanStatus)
}

struct CreatePlan {
    var dependencies: Dependencies

    func callAsFunction(_ draft: PlanDraft, in council: Council.ID, status: PlanStatus = .draft, by actor: Actor,
                        on db: any Database) async throws -> Plan.ID {
        let id = Plan.ID(dependencies.newID())
        try await db.transaction { tx in
            try await PlanStore.create(draft, id: id, in: council, status: status, at: dependencies.now(),
                                       newID: dependencies.newID, on: tx)
            try await Audit.write(actor.record("plan.create", "plan", id: id.description, after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
        return id
    }
}

/// Moves a plan through its lifecycle. The event must be allowed from the plan's current state;
/// the audit entry records the states before and after, and the reason given.
struct TransitionPlan {
    var dependencies: Dependencies

    func callAsFunction(_ plan: Plan, _ event: PlanEvent, reason: String, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        // An approval freezes a version, so it goes through `ApprovePlan` with its record.
        guard event != .approve, let next = event.apply(to: plan.status) else {
            throw PlanError.transitionRefused(event: event, from: plan.status)
        }
        try await db.transaction { tx in
            try await PlanStore.setStatus(plan.id, to: next, expectedVersion: expectedVersion, at: dependencies.now(),
                                          on: tx)
            try await Audit.write(actor.record("plan.\(event.rawValue)", "plan", id: plan.id.description,
                                               before: plan.status.rawValue,
                                               after: Audit.json(["status": next.rawValue, "reason": reason])),
                                  on: tx, dependencies: dependencies)
            // A successor taking over closes the plan it succeeds, in the same transaction.
            if event == .activate {
                try await ClosePredecessor.run(for: plan, reason: reason, by: actor, on: tx, dependencies: dependencies)
            }
            // A plan closed outright ends its unfinished actions, each withdrawn with the reason given.
            if event == .close {
                let unfinished = try await PlanStore.find(plan.id, in: plan.councilID, on: tx)?.actions
                    .filter { !$0.isFinished }.map(\.id) ?? []
                try await PlanRecordStore.setFinalStatus(.withdrawn, reason: "Withdrawn when the plan closed: \(reason)",
                                                         of: unfinished, at: dependencies.now(), on: tx)
            }
        }
    }
}

struct AddPriority {
    var dependencies: Dependencies

    func callAsFunction(_ draft: PriorityDraft, to plan: Plan.ID, by actor: Actor,
                        on db: any Database) async throws -> Priority.ID {
        let id = Priority.ID(dependencies.newID())
        try await db.transaction { tx in
            try await PlanStore.createPriority(draft, id: id, in: plan, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("priority.create", "priority", id: id.description,
                                               after: Audit.json(draft)), on: tx, dependencies: dependencies)
        }
        return id
    }
}

struct AddAction {
    var dependencies: Dependencies

    func callAsFunction(_ draft: ActionDraft, to priority: Priority, by actor: Actor,
                        on db: any Database) async throws -> PlanAction.ID {
        let id = PlanAction.ID(dependencies.newID())
        try await db.transaction { tx in
            try await PlanStore.createAction(draft, id: id, in: priority, at: dependencies.now(),
                                             newID: dependencies.newID, on: tx)
            try await Audit.write(actor.record("action.create", "action", id: id.description, after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
        return id
    }
}

struct UpdateAction {
    var dependencies: Dependencies

    func callAsFunction(_ action: PlanAction, in priority: Priority, _ draft: ActionDraft, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        try await db.transaction { tx in
            try await PlanStore.updateAction(action.id, in: priority, with: draft, previous: action,
                                             expectedVersion: expectedVersion, at: dependencies.now(),
                                             newID: dependencies.newID, on: tx)
            try await Audit.write(actor.record("action.update", "action", id: action.id.description,
                                               before: Audit.json(action), after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
    }
}

struct UpdatePriority {
    var dependencies: Dependencies

    func callAsFunction(_ priority: Priority, _ draft: PriorityDraft, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        try await db.transaction { tx in
            try await PlanStore.updatePriority(priority, with: draft, expectedVersion: expectedVersion,
                                               at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("priority.update", "priority", id: priority.id.description,
                                               before: Audit.json(priority), after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
    }
}

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
