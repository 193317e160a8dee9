import Fluent
import Foundation
import OversightDomain
import OversightStore

struct ReviewUpdate {
    var dependencies: Dependencies

    func callAsFunction(_ id: ActionUpdate.ID, accept: Bool, comment: String?, by actor: Actor,
                        on db: any Database) async throws {
        try await Audit.changing(touching: [.update(id)], on: db, dependencies: dependencies) { change in
            guard try await UpdateStore.review(id, to: accept ? .accepted : .returned, comment: comment, by: actor.label,
                                               on: change) else { throw UpdateError.alreadyReviewed }
            change.audit(actor.record(accept ? "update.accept" : "update.return", "action-update",
                                      id: id.description, after: comment))
        }
    }
}
