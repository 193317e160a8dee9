import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Creates an API token and returns it; only its hash is kept, so this is the one time it is seen.
struct CreateAPIToken {
    var dependencies: Dependencies

    func callAsFunction(for user: User, name: String, by actor: Actor, on db: any Database) async throws -> String {
        let token = "ovt_" + dependencies.randomToken()
        let id = dependencies.newID()
        try await Audit.changing(touching: [.accounts], on: db, dependencies: dependencies) { change in
            try await AccountStore.createToken(name: name, tokenHash: sha256Hex(token), for: user.id, id: id,
                                               at: dependencies.now(), on: change)
            change.audit(actor.record("token.create", "api-token", id: id.uuidString.lowercased(),
                                      after: Audit.json(["user": user.email, "name": name])))
        }
        return token
    }
}
