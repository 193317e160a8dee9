import Fluent
import OversightDomain
import OversightStore

struct UpdateJudgement {
    var dependencies: Dependencies

    func callAsFunction(_ id: Judgement.ID, _ draft: JudgementDraft, before: Judgement, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        try await Audit.changing(touching: [.inspection(before.inspectionID)], on: db, dependencies: dependencies) { change in
            try await FindingStore.updateJudgement(id, with: draft, expectedVersion: expectedVersion,
                                                   at: dependencies.now(), on: change)
            change.audit(actor.record("judgement.update", "judgement", id: id.description,
                                      before: Audit.json(before), after: Audit.json(draft)))
        }
    }
}
