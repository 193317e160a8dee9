import Fluent
import Foundation
import OversightDomain
import OversightStore

struct DisableUser {
    var dependencies: Dependencies

    func callAsFunction(email: String, by actor: Actor, on db: any Database) async throws {
        guard let (user, _) = try await AccountStore.find(email: email, on: db) else { throw AccountError.noSuchUser(email) }
        try await Audit.changing(touching: [.everything], on: db, dependencies: dependencies) { change in
            try await AccountStore.setActive(user.id, false, at: dependencies.now(), on: change)
            change.audit(actor.record("user.disable", "user", id: user.id.description))
        }
    }
}
