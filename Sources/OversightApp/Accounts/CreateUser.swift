import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Creates a user with a checked, bcrypt-hashed password.
package struct CreateUser {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: UserDraft, password: String, by actor: Actor, on db: any Database) async throws -> User.ID {
        guard ContactRules.isEmail(draft.email) else { throw AccountError.invalidEmail }
        guard !draft.roles.isEmpty else { throw AccountError.noRoles }
        if let problem = PasswordRules.check(password) { throw AccountError.password(problem) }
        let hash = try dependencies.hashPassword(password)
        return try await create(draft, passwordHash: hash, by: actor, on: db)
    }

    /// For the demo, whose accounts share one password: hash once, not once per account.
    package func create(_ draft: UserDraft, passwordHash: String, by actor: Actor, on db: any Database) async throws -> User.ID {
        let id = User.ID(dependencies.newID())
        do {
            try await Audit.changing(touching: [.everything], on: db, dependencies: dependencies) { change in
                try await AccountStore.create(draft, id: id, passwordHash: passwordHash, at: dependencies.now(), on: change)
                change.audit(actor.record("user.create", "user", id: id.description, after: Audit.json(draft)))
            }
        } catch StoreError.duplicate {
            throw AccountError.emailTaken
        }
        return id
    }
}
