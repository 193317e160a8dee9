import Fluent
import Foundation
import OversightDomain
import OversightStore

/// `oversight user set-password`: a new password ends the user's sessions and, unless they are
/// kept, revokes their API tokens, as choosing one through a link does. Returns the tokens revoked.
struct SetPassword {
    var dependencies: Dependencies

    @discardableResult
    func callAsFunction(email: String, password: String, keepTokens: Bool = false, by actor: Actor,
                        on db: any Database) async throws -> Int {
        if let problem = PasswordRules.check(password) { throw AccountError.password(problem) }
        guard let (user, _) = try await AccountStore.find(email: email, on: db) else { throw AccountError.noSuchUser(email) }
        let hash = try dependencies.hashPassword(password)
        let now = dependencies.now()
        return try await Audit.changing(touching: [.accounts], on: db, dependencies: dependencies) { change in
            try await AccountStore.setPassword(user.id, hash: hash, at: now, on: change)
            let revoked = keepTokens ? 0 : try await UserAdminStore.revokeTokens(of: user.id, at: now, on: change)
            change.audit(actor.record("user.set-password", "user", id: user.id.description, after: Audit.json(["tokensRevoked": revoked])))
            return revoked
        }
    }
}
