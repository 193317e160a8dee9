import Fluent
import OversightDomain
import OversightStore

struct UpdateRecommendation {
    var dependencies: Dependencies

    func callAsFunction(_ id: Recommendation.ID, _ draft: RecommendationDraft, before: Recommendation,
                        expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        try await Audit.changing(touching: [.inspection(before.inspectionID)], on: db, dependencies: dependencies) { change in
            try await FindingStore.updateRecommendation(id, with: draft, expectedVersion: expectedVersion,
                                                        at: dependencies.now(), on: change)
            change.audit(actor.record("recommendation.update", "recommendation", id: id.description,
                                      before: Audit.json(before), after: Audit.json(draft)))
        }
    }
}
