import Fluent
import Foundation
import OversightDomain
import OversightStore

extension PlanSnapshot {
    /// The plan as it stands, with people and recommendations written out by name and number.
    init(_ record: PlanRecord, inspection: InspectionRecord?, others: [InspectionRecord] = [],
         people: [Person.ID: Person]) {
        var labels: [Recommendation.ID: String] = [:]
        for recommendation in inspection?.recommendations ?? [] { labels[recommendation.id] = String(recommendation.number) }
        for other in others {
            for recommendation in other.recommendations {
                labels[recommendation.id] = "\(other.inspection.title): \(recommendation.number)"
            }
        }
        let plan = record.plan
        self.init(
            title: plan.title, kind: plan.kind, inspection: inspection?.inspection.title,
            alsoAnswers: others.map(\.inspection.title),
            owner: plan.ownerID.flatMap { people[$0]?.name }, startDate: plan.startDate, endDate: plan.endDate,
            priorities: record.priorities.map { priority in
                Priority(number: priority.number, title: priority.title, outcome: priority.outcome,
                         lead: priority.leadID.flatMap { people[$0]?.name },
                         actions: record.actions(in: priority.id).map { action in
                             Action(reference: action.reference, what: action.what, how: action.how,
                                    lead: action.leadID.flatMap { people[$0]?.name }, startDate: action.startDate,
                                    dueDate: action.dueDate, revisedDueDate: action.revisedDueDate,
                                    revisionReason: action.revisionReason, successMeasures: action.successMeasures,
                                    status: action.status,
                                    recommendations: action.recommendationIDs.compactMap { labels[$0] }
                                        .sorted { ($0.count, $0) < ($1.count, $1) })
                         })
            })
    }
}

extension Plan {
    /// The inspection the plan answers first and the further ones, with their recommendations.
    func inspections(on db: any Database) async throws -> (first: InspectionRecord?, further: [InspectionRecord]) {
        let found = try await InspectionStore.find([inspectionID].compactMap { $0 } + alsoAnswers, in: councilID, on: db)
        let first = found.first { $0.inspection.id == inspectionID }
        return (first, found.filter { $0.inspection.id != inspectionID })
    }
}

/// Records the approval of a plan: the state moves to approved and, in the same transaction, the
/// plan's content is frozen as its next version.
struct ApprovePlan {
    var dependencies: Dependencies

    @discardableResult
    func callAsFunction(_ record: PlanRecord, snapshot: PlanSnapshot, approval: PlanApproval, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws -> Int {
        let plan = record.plan
        guard let next = PlanEvent.approve.apply(to: plan.status) else {
            throw PlanError.transitionRefused(event: .approve, from: plan.status)
        }
        return try await db.transaction { tx in
            try await PlanStore.setStatus(plan.id, to: next, expectedVersion: expectedVersion, at: dependencies.now(),
                                          on: tx)
            let number = try await PlanRecordStore.recordVersion(
                id: .init(dependencies.newID()), of: plan.id, approval: approval, snapshot: snapshot,
                by: actor.label, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("plan.approve", "plan", id: plan.id.description,
                                               before: plan.status.rawValue,
                                               after: Audit.json(ApprovalAudit(status: next, approval: approval,
                                                                               version: number))),
                                  on: tx, dependencies: dependencies)
            return number
        }
    }

    private struct ApprovalAudit: Encodable {
        var status: PlanStatus
        var approval: PlanApproval
        var version: Int
    }
}

struct RecordConsultation {
    var dependencies: Dependencies

    func callAsFunction(_ plan: Plan, consulted: String, date: CalendarDate, feedback: String, response: String?,
                        by actor: Actor, on db: any Database) async throws {
        guard plan.status.isEditable else { throw PlanError.notEditable(plan.status) }
        let consultation = Consultation(id: .init(dependencies.newID()), planID: plan.id, consulted: consulted,
                                        date: date, feedback: feedback, response: response)
        try await db.transaction { tx in
            try await PlanRecordStore.addConsultation(consultation, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("plan.consultation", "plan", id: plan.id.description,
                                               after: Audit.json(consultation)), on: tx, dependencies: dependencies)
        }
    }
}

/// Starts a Continuous Improvement Plan from a running plan. The chosen unfinished actions are
/// copied into it, each linked to the action it carries forward (whose updates remain its
/// history). The old plan keeps running until the new one is made active; then it closes.
struct DraftSuccessor {
    var dependencies: Dependencies

    func callAsFunction(of record: PlanRecord, _ draft: PlanDraft, carrying chosen: [PlanAction.ID], by actor: Actor,
                        on db: any Database) async throws -> Plan.ID {
        let old = record.plan
        guard old.status == .active || old.status == .approved else { throw PlanError.cannotSucceed(old.status) }
        let carried = record.actions.filter { chosen.contains($0.id) && !$0.isFinished }
        let newPlan = Plan.ID(dependencies.newID())
        try await db.transaction { tx in
            let now = dependencies.now()
            try await PlanStore.create(draft, id: newPlan, in: old.councilID, predecessor: old.id, at: now,
                                       newID: dependencies.newID, on: tx)
            for priority in record.priorities {
                let actions = carried.filter { $0.priorityID == priority.id }
                guard !actions.isEmpty else { continue }
                let copy = Priority(id: .init(dependencies.newID()), planID: newPlan, number: priority.number,
                                    title: priority.title, outcome: priority.outcome, leadID: priority.leadID, version: 1)
                try await PlanStore.createPriority(
                    PriorityDraft(number: copy.number, title: copy.title, outcome: copy.outcome, leadID: copy.leadID),
                    id: copy.id, in: newPlan, at: now, on: tx)
                for action in actions {
                    let number = Int(action.reference.split(separator: ".").last ?? "") ?? 1
                    let copyID = PlanAction.ID(dependencies.newID())
                    try await PlanStore.createAction(
                        ActionDraft(number: number, what: action.what, how: action.how, leadID: action.leadID,
                                    startDate: action.startDate, dueDate: action.dueDate,
                                    revisedDueDate: action.revisedDueDate, revisionReason: action.revisionReason,
                                    successMeasures: action.successMeasures, status: action.status,
                                    recommendationIDs: action.recommendationIDs),
                        id: copyID, in: copy, carriedFrom: action.id,
                        revisionCount: action.revisionCount, at: now, newID: dependencies.newID, on: tx)
                    // Milestones travel with the action, met or not, so its dated steps stay in one place.
                    for milestone in try await PlanRecordStore.milestones(of: action.id, on: tx) {
                        try await PlanRecordStore.addMilestone(
                            Milestone(id: .init(dependencies.newID()), actionID: copyID, title: milestone.title,
                                      dueDate: milestone.dueDate, metDate: milestone.metDate, version: 1),
                            at: now, on: tx)
                    }
                }
            }
            try await Audit.write(actor.record("plan.succeed", "plan", id: newPlan.description,
                                               after: Audit.json(SuccessionAudit(predecessor: old.id, plan: draft,
                                                                                 carried: carried.map(\.reference)))),
                                  on: tx, dependencies: dependencies)
        }
        return newPlan
    }

    private struct SuccessionAudit: Encodable {
        var predecessor: Plan.ID
        var plan: PlanDraft
        var carried: [String]
    }
}

/// When a successor becomes active its predecessor closes: each action it carried forward is
/// marked so, and any other unfinished action is withdrawn with the reason that it was not
/// carried forward. Runs inside the activation's transaction.
enum ClosePredecessor {
    static func run(for successor: Plan, reason: String, by actor: Actor, on tx: any Database,
                    dependencies: Dependencies) async throws {
        guard let predecessorID = successor.predecessorID,
              let old = try await PlanStore.find(predecessorID, in: successor.councilID, on: tx),
              let next = PlanEvent.close.apply(to: old.plan.status) else { return }
        let unfinished = old.actions.filter { !$0.isFinished }
        let successors = try await PlanRecordStore.successors(of: unfinished.map(\.id), on: tx)
            .filter { $0.value.plan == successor.id }
        let carried = unfinished.filter { successors[$0.id] != nil }.map(\.id)
        let withdrawn = unfinished.filter { successors[$0.id] == nil }.map(\.id)
        let now = dependencies.now()
        try await PlanStore.setStatus(old.plan.id, to: next, expectedVersion: old.plan.version, at: now, on: tx)
        try await PlanRecordStore.setFinalStatus(.carriedForward, reason: nil, of: carried, at: now, on: tx)
        try await PlanRecordStore.setFinalStatus(
            .withdrawn, reason: "Not carried forward into the \(successor.title)", of: withdrawn, at: now, on: tx)
        try await Audit.write(actor.record("plan.close", "plan", id: old.plan.id.description,
                                           before: old.plan.status.rawValue,
                                           after: Audit.json(["status": next.rawValue, "reason": reason,
                                                              "carriedForward": String(carried.count),
                                                              "withdrawn": String(withdrawn.count)])),
                              on: tx, dependencies: dependencies)
    }
}

struct AddMilestone {
    var dependencies: Dependencies

    func callAsFunction(to action: PlanAction, title: String, due: CalendarDate, by actor: Actor,
                        on db: any Database) async throws {
        let milestone = Milestone(id: .init(dependencies.newID()), actionID: action.id, title: title, dueDate: due,
                                  metDate: nil, version: 1)
        try await db.transaction { tx in
            try await PlanRecordStore.addMilestone(milestone, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("milestone.create", "milestone", id: milestone.id.description,
                                               after: Audit.json(milestone)), on: tx, dependencies: dependencies)
        }
    }
}

struct RecordMilestoneMet {
    var dependencies: Dependencies

    func callAsFunction(_ milestone: Milestone, on day: CalendarDate, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        try await db.transaction { tx in
            try await PlanRecordStore.setMet(milestone.id, on: day, expectedVersion: expectedVersion,
                                             at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("milestone.met", "milestone", id: milestone.id.description,
                                               before: Audit.json(milestone), after: Audit.json(["met": day.iso])),
                                  on: tx, dependencies: dependencies)
        }
    }
}
