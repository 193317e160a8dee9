import Fluent
import Foundation
import OversightDomain
import OversightStore

/// A lead's update for an open period. It keeps the rating definitions in force today.
struct SubmitUpdate {
    var dependencies: Dependencies

    func callAsFunction(_ draft: UpdateDraft, files: [UpdateForm.Upload] = [], for action: PlanAction, plan: Plan.ID,
                        period: UpdatePeriod, by actor: Actor, on db: any Database) async throws -> ActionUpdate.ID {
        // A correction fixes a month already reported, so its period may have closed.
        guard period.isOpen || draft.correctsID != nil else { throw UpdateError.periodClosed }
        let id = ActionUpdate.ID(dependencies.newID())
        // The action, not the whole plan: the register is emptied only when a risk is linked to it.
        try await Audit.changing(touching: [.action(action.id)], on: db, dependencies: dependencies) { change in
            try await UpdateStore.submit(draft, id: id, for: action.id, plan: plan, period: period.id,
                                         definitions: .standard, by: actor.label, at: dependencies.now(), on: change)
            var stored: [String] = []
            for file in files {
                try await EvidenceStore.add(.init(dependencies.newID()), to: id, plan: plan, fileName: file.name,
                                            kind: file.kind, bytes: file.bytes, at: dependencies.now(), on: change)
                stored.append("\(file.name) (\(sha256Hex(file.bytes)))")
            }
            change.audit(actor.record("update.submit", "action-update", id: id.description,
                                      after: Audit.json(SubmissionAudit(update: draft, files: stored))))
        }
        return id
    }
}
