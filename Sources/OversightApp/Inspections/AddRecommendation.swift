import Fluent
import OversightDomain
import OversightStore

package struct AddRecommendation {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: RecommendationDraft, to inspection: Inspection.ID, by actor: Actor,
                                on db: any Database) async throws -> Recommendation.ID {
        let id = Recommendation.ID(dependencies.newID())
        try await Audit.changing(touching: [.inspection(inspection)], on: db, dependencies: dependencies) { change in
            try await FindingStore.createRecommendation(draft, id: id, for: inspection, at: dependencies.now(), on: change)
            change.audit(actor.record("recommendation.create", "recommendation", id: id.description,
                                      after: Audit.json(draft)))
        }
        return id
    }
}
