import Fluent
import OversightDomain
import OversightStore

struct RecordInspection {
    var dependencies: Dependencies

    func callAsFunction(_ draft: InspectionDraft, for council: Council.ID, by actor: Actor,
                        on db: any Database) async throws -> Inspection.ID {
        let id = Inspection.ID(dependencies.newID())
        try await db.transaction { tx in
            try await InspectionStore.create(draft, id: id, in: council, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("inspection.create", "inspection", id: id.description,
                                               after: Audit.json(draft)), on: tx, dependencies: dependencies)
        }
        return id
    }
}

struct UpdateInspection {
    var dependencies: Dependencies

    func callAsFunction(_ id: Inspection.ID, in council: Council.ID, _ draft: InspectionDraft, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        try await db.transaction { tx in
            let before = try await InspectionStore.find(id, in: council, on: tx)?.inspection
            try await InspectionStore.update(id, in: council, with: draft, expectedVersion: expectedVersion,
                                             at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("inspection.update", "inspection", id: id.description,
                                               before: before.flatMap(Audit.json), after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
    }
}

/// Records a grade. The caller has found the inspection within the council, so the
/// judgement cannot be attached to another council's inspection.
struct RecordJudgement {
    var dependencies: Dependencies

    func callAsFunction(_ draft: JudgementDraft, for inspection: Inspection.ID, by actor: Actor,
                        on db: any Database) async throws -> Judgement.ID {
        let id = Judgement.ID(dependencies.newID())
        try await db.transaction { tx in
            try await FindingStore.createJudgement(draft, id: id, for: inspection, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("judgement.create", "judgement", id: id.description,
                                               after: Audit.json(draft)), on: tx, dependencies: dependencies)
        }
        return id
    }
}

struct UpdateJudgement {
    var dependencies: Dependencies

    func callAsFunction(_ id: Judgement.ID, _ draft: JudgementDraft, before: Judgement, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        try await db.transaction { tx in
            try await FindingStore.updateJudgement(id, with: draft, expectedVersion: expectedVersion,
                                                   at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("judgement.update", "judgement", id: id.description,
                                               before: Audit.json(before), after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
    }
}

struct AddRecommendation {
    var dependencies: Dependencies

    func callAsFunction(_ draft: RecommendationDraft, to inspection: Inspection.ID, by actor: Actor,
                        on db: any Database) async throws -> Recommendation.ID {
        let id = Recommendation.ID(dependencies.newID())
        try await db.transaction { tx in
            try await FindingStore.createRecommendation(draft, id: id, for: inspection, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("recommendation.create", "recommendation", id: id.description,
                                               after: Audit.json(draft)), on: tx, dependencies: dependencies)
        }
        return id
    }
}

struct UpdateRecommendation {
    var dependencies: Dependencies

    func callAsFunction(_ id: Recommendation.ID, _ draft: RecommendationDraft, before: Recommendation,
                        expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        try await db.transaction { tx in
            try await FindingStore.updateRecommendation(id, with: draft, expectedVersion: expectedVersion,
                                                        at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("recommendation.update", "recommendation", id: id.description,
                                               before: Audit.json(before), after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
    }
}
