import Fluent
import Foundation
import OversightDomain
import OversightStore

struct DisableUser {
    var dependencies: Dependencies

    func callAsFunction(email: String, by actor: Actor, on db: any Database) async throws {
        guard let (user, _) = try await AccountStore.find(email: email, on: db) else { throw AccountError.noSuchUser(email) }
        try await db.transaction { tx in
            try await AccountStore.setActive(user.id, false, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("user.disable", "user", id: user.id.description),
                                  on: tx, dependencies: dependencies)
        }
    }
}
