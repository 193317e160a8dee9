import Fluent
import Foundation
import OversightDomain
import OversightStore

/// The risk register's changes: each checked before anything is written, each written with its
/// audit entry in one transaction.
struct ManageRisks {
    var dependencies: Dependencies

    var today: CalendarDate { .inLondon(dependencies.now()) }

    /// A new risk with the next reference. Its first scores count as its first review, so that
    /// its history starts where it was raised.
    /// `reviewer` is the name the history shows: the signed-in person's, not their email.
    func create(_ draft: RiskDraft, in council: Council.ID, reviewer: String, by actor: Actor, on db: any Database) async throws -> Risk.ID {
        let id = Risk.ID(dependencies.newID())
        let now = dependencies.now()
        let reviewID = RiskReview.ID(dependencies.newID())
        try await audited("risk.create", id, in: council, after: Audit.json(draft.title), by: actor, on: db) { change in
            let tx = change.db
            let reference = Risk.nextReference(after: try await RiskStore.references(in: council, on: tx))
            var risk = Self.risk(from: draft, id: id, council: council, reference: reference)
            risk.lastReviewedOn = draft.raisedOn
            try await RiskStore.create(risk, at: now, on: change)
            try await RiskStore.addReview(RiskReview(id: reviewID, riskID: id, date: draft.raisedOn, current: draft.current,
                                                     target: draft.target, commentary: "Risk raised.", reviewer: reviewer),
                                          at: now, on: change)
        }
        return id
    }

    func update(_ risk: Risk, with draft: RiskDraft, expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        var changed = Self.risk(from: draft, id: risk.id, council: risk.councilID, reference: risk.reference)
        changed.lastReviewedOn = risk.lastReviewedOn
        let now = dependencies.now(), after = changed
        try await audited("risk.update", risk.id, in: risk.councilID, before: Audit.json(risk), after: Audit.json(after), by: actor, on: db) { change in
            try await RiskStore.save(after, expectedVersion: expectedVersion, at: now, on: change)
        }
    }

    /// A review moves the current and target scores and restarts the review clock. It cannot be
    /// dated before the risk was raised or after today, and its scores follow the risk's rules.
    func review(_ risk: Risk, with draft: RiskReviewDraft, expectedVersion: Int, reviewer: String, by actor: Actor,
                on db: any Database) async throws {
        if draft.date < risk.raisedOn { throw RiskError.reviewBeforeRaised(risk.raisedOn) }
        if draft.date > today { throw RiskError.reviewInFuture(today) }
        if let problem = Risk.check(inherent: risk.inherent, current: draft.current, target: draft.target,
                                    targetReason: risk.targetReason).first { throw problem }
        var reviewed = risk
        reviewed.current = draft.current
        reviewed.target = draft.target
        reviewed.lastReviewedOn = max(draft.date, risk.lastReviewedOn ?? draft.date)
        let after = reviewed
        let review = RiskReview(id: .init(dependencies.newID()), riskID: risk.id, date: draft.date, current: draft.current,
                                target: draft.target, commentary: draft.commentary, reviewer: reviewer)
        let now = dependencies.now()
        try await audited("risk.review", risk.id, in: risk.councilID, before: Audit.json(risk), after: Audit.json(review), by: actor, on: db) { change in
            try await RiskStore.save(after, expectedVersion: expectedVersion, at: now, on: change)
            try await RiskStore.addReview(review, at: now, on: change)
        }
    }

    /// Replaces the actions linked to the risk; the version guards against two people choosing at once.
    func link(_ risk: Risk, planActions: Set<PlanAction.ID>, boardActions: Set<BoardAction.ID>, expectedVersion: Int,
              by actor: Actor, on db: any Database) async throws {
        let now = dependencies.now()
        let newID = dependencies.newID
        let after = "plan actions: \(planActions.count), board actions: \(boardActions.count)"
        try await audited("risk.link", risk.id, in: risk.councilID, after: after, by: actor, on: db) { change in
            try await RiskStore.save(risk, expectedVersion: expectedVersion, at: now, on: change)
            try await RiskStore.setLinks(of: risk.id, planActions: planActions, boardActions: boardActions, newID: newID, on: change)
        }
    }

    func saveScale(_ scale: RiskScale, of council: Council.ID, expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        let now = dependencies.now()
        try await Audit.recording(actor.record("risk.scale", "council", id: council.description, after: Audit.json(scale)),
                                  touching: [.risks(council)], on: db, dependencies: dependencies) { change in
            try await RiskStore.saveScale(scale, of: council, expectedVersion: expectedVersion, at: now, on: change)
        }
    }

    static func risk(from draft: RiskDraft, id: Risk.ID, council: Council.ID, reference: String) -> Risk {
        Risk(id: id, councilID: council, reference: reference, title: draft.title, cause: draft.cause, event: draft.event,
             consequence: draft.consequence, category: draft.category, ownerID: draft.ownerID, raisedOn: draft.raisedOn,
             inherent: draft.inherent, current: draft.current, target: draft.target, targetReason: draft.targetReason,
             controls: draft.controls, proximity: draft.proximity, reviewFrequency: draft.reviewFrequency, status: draft.status)
    }

    private func audited(_ action: String, _ id: Risk.ID, in council: Council.ID, before: String? = nil, after: String? = nil, by actor: Actor,
                         on db: any Database, _ change: @escaping @Sendable (Change) async throws -> Void) async throws {
        try await Audit.recording(actor.record(action, "risk", id: id.description, before: before, after: after),
                                  touching: [.risks(council)], on: db,
                                  dependencies: dependencies, change)
    }
}
