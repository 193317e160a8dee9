import Fluent
import Foundation
import OversightDomain
import OversightStore

/// What an administrator does to users in the browser, each one audited change: invite, change
/// roles, disable and enable, send a link to set a new password, end sessions, revoke tokens. The
/// last active administrator can be neither disabled nor stripped of the role, so someone can
/// always manage users.
struct ManageUsers {
    var dependencies: Dependencies

    enum Refusal: Error, Equatable {
        /// The change would leave no active administrator.
        case lastAdministrator
    }

    /// A new user with no password yet and a one-time link to choose one; returns the user and the
    /// link's secret (shown once: only its hash is kept).
    func invite(_ draft: UserDraft, by actor: Actor, on db: any Database) async throws -> (User.ID, secret: String) {
        let id = User.ID(dependencies.newID())
        let secret = dependencies.randomToken()
        let link = dependencies.newID()
        do {
            try await Audit.changing(touching: [.everything], on: db, dependencies: dependencies) { change in
                try await AccountStore.create(draft, id: id, passwordHash: UserAdminStore.noPassword, at: dependencies.now(), on: change)
                try await UserAdminStore.createLink(id: link, for: id, tokenHash: sha256Hex(secret), purpose: .invitation,
                                                    at: dependencies.now(), on: change)
                change.audit(actor.record("user.invite", "user", id: id.description, after: Audit.json(draft)))
            }
        } catch StoreError.duplicate {
            throw AccountError.emailTaken
        }
        return (id, secret)
    }

    func setRoles(_ user: User, roles: Set<Role>, displayName: String, expectedVersion: Int, by actor: Actor,
                  on db: any Database) async throws {
        let now = dependencies.now()
        try await Audit.changing(touching: [.everything], on: db, dependencies: dependencies) { change in
            try await UserAdminStore.serialise(on: change)
            guard let current = try await AccountStore.find(user.id, on: change.db) else { throw StoreError.staleEdit }
            if UserRolePolicy.losesAdministrator(current, to: roles), current.isActive,
               try await UserAdminStore.otherActiveAdministrators(than: user.id, on: change.db) == 0 {
                throw Refusal.lastAdministrator
            }
            try await UserAdminStore.setRoles(user.id, roles, displayName: displayName, expectedVersion: expectedVersion, at: now, on: change)
            change.audit(actor.record("user.change-roles", "user", id: user.id.description,
                                      before: Audit.json(["name": user.displayName, "roles": UserRolePolicy.codes(user).joined(separator: ",")]),
                                      after: Audit.json(["name": displayName, "roles": Role.stored(roles)])))
        }
    }

    /// Disabling ends the user's sessions and revokes their API tokens; enabling lets them sign in again.
    func setActive(_ user: User, _ active: Bool, by actor: Actor, on db: any Database) async throws {
        try await Audit.changing(touching: [.everything], on: db, dependencies: dependencies) { change in
            try await UserAdminStore.serialise(on: change)
            guard let current = try await AccountStore.find(user.id, on: change.db) else { throw StoreError.staleEdit }
            if !active, UserRolePolicy.isActiveAdministrator(current),
               try await UserAdminStore.otherActiveAdministrators(than: user.id, on: change.db) == 0 {
                throw Refusal.lastAdministrator
            }
            try await AccountStore.setActive(user.id, active, at: dependencies.now(), on: change)
            change.audit(actor.record(active ? "user.enable" : "user.disable", "user", id: user.id.description))
        }
    }

    /// A link to choose a password, valid 72 hours: a new invitation for a user who has not arrived,
    /// else a reset; an earlier unused link stops working. Returns the secret and the link's purpose.
    func resetLink(for user: User, by actor: Actor, on db: any Database) async throws -> (String, PasswordLinkPurpose) {
        let secret = dependencies.randomToken()
        let link = dependencies.newID()
        return try await Audit.changing(touching: [.accounts], on: db, dependencies: dependencies) { change in
            let purpose: PasswordLinkPurpose = try await UserAdminStore.hasPassword(user.id, on: change.db) ? .reset : .invitation
            try await UserAdminStore.createLink(id: link, for: user.id, tokenHash: sha256Hex(secret), purpose: purpose,
                                                at: dependencies.now(), on: change)
            change.audit(actor.record("user.password-link", "user", id: user.id.description, after: Audit.json(["purpose": purpose.rawValue])))
            return (secret, purpose)
        }
    }

    /// Ends one session of the user's, or all; false when there was none to end.
    func endSessions(of user: User, only session: UUID?, by actor: Actor, on db: any Database) async throws -> Bool {
        try await Audit.changing(touching: [.accounts], on: db, dependencies: dependencies) { change in
            let ended = try await UserAdminStore.endSessions(of: user.id, only: session, on: change)
            if ended > 0 {
                change.audit(actor.record("user.sessions.end", "user", id: user.id.description, after: Audit.json(["ended": ended])))
            }
            return ended > 0
        }
    }

    /// Sets the password a link was sent for and uses the link up, in one change: the user's sessions
    /// end and, unless they keep them, their API tokens are revoked. False when the link was used meanwhile.
    func setPassword(through link: PasswordLink, password: String, keepTokens: Bool, address: String?,
                     on db: any Database) async throws -> Bool {
        if let problem = PasswordRules.check(password) { throw AccountError.password(problem) }
        let hash = try dependencies.hashPassword(password)
        let now = dependencies.now()
        let actor = Actor(userID: link.user.id, label: link.user.email, address: address)
        return try await Audit.changing(touching: [.accounts], on: db, dependencies: dependencies) { change in
            guard try await AccountStore.find(link.user.id, on: change.db)?.isActive == true,
                  try await UserAdminStore.useLink(link.id, at: now, on: change) else { return false }
            try await AccountStore.setPassword(link.user.id, hash: hash, at: now, on: change)
            let revoked = keepTokens ? 0 : try await UserAdminStore.revokeTokens(of: link.user.id, at: now, on: change)
            change.audit(actor.record(link.purpose == .invitation ? "user.accept-invitation" : "user.reset-password", "user",
                                      id: link.user.id.description, after: Audit.json(["tokensRevoked": revoked])))
            return true
        }
    }
}
