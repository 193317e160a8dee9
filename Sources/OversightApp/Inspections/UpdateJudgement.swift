import Fluent
import OversightDomain
import OversightStore

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
