import Fluent
import Foundation
import OversightDomain
import OversightStore

enum AccountError: Error, Equatable {
    case password(PasswordRules.Problem)
    case emailTaken
    case invalidEmail
    case noSuchUser(String)
    case noRoles
}

/// Creates a user with a checked, bcrypt-hashed password.
struct CreateUser {
    var dependencies: Dependencies

    func callAsFunction(_ draft: UserDraft, password: String, by actor: Actor, on db: any Database) async throws -> User.ID {
        guard ContactRules.isEmail(draft.email) else { throw AccountError.invalidEmail }
        guard !draft.roles.isEmpty else { throw AccountError.noRoles }
        if let problem = PasswordRules.check(password) { throw AccountError.password(problem) }
        let hash = try dependencies.hashPassword(password)
        return try await create(draft, passwordHash: hash, by: actor, on: db)
    }

    /// For the demo, whose accounts share one password: hash once, not once per account.
    func create(_ draft: UserDraft, passwordHash: String, by actor: Actor, on db: any Database) async throws -> User.ID {
        let id = User.ID(dependencies.newID())
        do {
            try await db.transaction { tx in
                try await AccountStore.create(draft, id: id, passwordHash: passwordHash, at: dependencies.now(), on: tx)
                try await Audit.write(actor.record("user.create", "user", id: id.description, after: Audit.json(draft)),
                                      on: tx, dependencies: dependencies)
            }
        } catch StoreError.duplicate {
            throw AccountError.emailTaken
        }
        return id
    }
}

struct SetPassword {
    var dependencies: Dependencies

    func callAsFunction(email: String, password: String, by actor: Actor, on db: any Database) async throws {
        if let problem = PasswordRules.check(password) { throw AccountError.password(problem) }
        guard let (user, _) = try await AccountStore.find(email: email, on: db) else { throw AccountError.noSuchUser(email) }
        let hash = try dependencies.hashPassword(password)
        try await db.transaction { tx in
            try await AccountStore.setPassword(user.id, hash: hash, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("user.set-password", "user", id: user.id.description),
                                  on: tx, dependencies: dependencies)
        }
    }
}

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

/// Creates an API token and returns it; only its hash is kept, so this is the one time it is seen.
struct CreateAPIToken {
    var dependencies: Dependencies

    func callAsFunction(for user: User, name: String, by actor: Actor, on db: any Database) async throws -> String {
        let token = "ovt_" + dependencies.randomToken()
        let id = dependencies.newID()
        try await db.transaction { tx in
            try await AccountStore.createToken(name: name, tokenHash: sha256Hex(token), for: user.id, id: id,
                                               at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("token.create", "api-token", id: id.uuidString.lowercased(),
                                               after: Audit.json(["user": user.email, "name": name])),
                                  on: tx, dependencies: dependencies)
        }
        return token
    }
}

struct RevokeAPIToken {
    var dependencies: Dependencies

    /// `owner` limits the revocation to that user's tokens; nil (administrators) allows any.
    func callAsFunction(_ id: UUID, owner: User.ID?, by actor: Actor, on db: any Database) async throws -> Bool {
        try await db.transaction { tx in
            guard try await AccountStore.revokeToken(id, of: owner, at: dependencies.now(), on: tx) else { return false }
            try await Audit.write(actor.record("token.revoke", "api-token", id: id.uuidString.lowercased()),
                                  on: tx, dependencies: dependencies)
            return true
        }
    }
}
