import Fluent
import OversightDomain
import OversightStore

/// Records a grade. The caller has found the inspection within the council, so the
/// judgement cannot be attached to another council's inspection.
package struct RecordJudgement {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: JudgementDraft, for inspection: Inspection.ID, by actor: Actor,
                                on db: any Database) async throws -> Judgement.ID {
        let id = Judgement.ID(dependencies.newID())
        try await Audit.changing(touching: [.inspection(inspection)], on: db, dependencies: dependencies) { change in
            try await FindingStore.createJudgement(draft, id: id, for: inspection, at: dependencies.now(), on: change)
            change.audit(actor.record("judgement.create", "judgement", id: id.description,
                                      after: Audit.json(draft)))
        }
        return id
    }
}
