import Fluent
import Foundation
import OversightDomain
import OversightStore

struct RevokeAPIToken {
    var dependencies: Dependencies

    /// `owner` limits the revocation to that user's tokens; nil (administrators) allows any.
    func callAsFunction(_ id: UUID, owner: User.ID?, by actor: Actor, on db: any Database) async throws -> Bool {
        try await Audit.changing(touching: [.accounts], on: db, dependencies: dependencies) { change in
            guard try await AccountStore.revokeToken(id, of: owner, at: dependencies.now(), on: change) else { return false }
            change.audit(actor.record("token.revoke", "api-token", id: id.uuidString.lowercased()))
            return true
        }
    }
}
