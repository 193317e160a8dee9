import Fluent
import Foundation
import OversightDomain
import OversightStore

struct SetPassword {
    var dependencies: Dependencies

    func callAsFunction(email: String, password: String, by actor: Actor, on db: any Database) async throws {
        if let problem = PasswordRules.check(password) { throw AccountError.password(problem) }
        guard let (user, _) = try await AccountStore.find(email: email, on: db) else { throw AccountError.noSuchUser(email) }
        let hash = try dependencies.hashPassword(password)
        try await Audit.changing(touching: [.accounts], on: db, dependencies: dependencies) { change in
            try await AccountStore.setPassword(user.id, hash: hash, at: dependencies.now(), on: change)
            change.audit(actor.record("user.set-password", "user", id: user.id.description))
        }
    }
}
