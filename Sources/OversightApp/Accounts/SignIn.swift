import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Checks an email and password, with throttling, and opens a new session. A refused or
/// throttled attempt is a security event (`SecurityLog`), not an audit entry: it changes nothing
/// anyone sees. Signing in is audited, since it creates a session. The session id is new at
/// each sign-in, so a session fixed before sign-in is useless.
struct SignIn {
    var dependencies: Dependencies
    var budget: SecurityLog.Budget
    var gate: SignInGate

    enum Outcome: Equatable {
        case signedIn(token: String)
        case refused
        /// Too many recent failures: the seconds to wait before trying again.
        case throttled(seconds: Double)
    }

    /// `shared` says the address stands for many people (a proxy that did not say who the client
    /// was): the address rule is not applied to it, or one stranger could slow everyone behind it.
    func callAsFunction(email: String, password: String, address: String, shared: Bool = false,
                        on db: any Database) async throws -> Outcome {
        let anonymous = Actor(userID: nil, label: email.lowercased(), address: address)
        do {
            return try await gate.exclusively(email: email, address: address, shared: shared) {
                try await attempt(email: email, password: password, address: address, shared: shared, as: anonymous, on: db)
            }
        } catch SignInGate.Refusal.inFlight {
            await record("sign-in.throttled", anonymous, "too many sign-ins for this account or address were already waiting", db)
            return .throttled(seconds: 1)
        } catch SignInGate.Refusal.busy {
            await record("sign-in.throttled", anonymous, "every password check the server allows at once was running", db)
            return .throttled(seconds: 1)
        }
    }

    /// One sign-in, with the account and address held by the gate throughout.
    private func attempt(email: String, password: String, address: String, shared: Bool, as anonymous: Actor,
                         on db: any Database) async throws -> Outcome {
        let now = dependencies.now()
        let throttleAddress = ThrottleAddress.key(address)
        let wait = try await PasswordGuesses.wait(email: email, address: address, shared: shared, now: now, on: db)
        if wait > 0 {
            // Not checked and not counted as a failure: the wait does not grow while someone waits it out.
            await record("sign-in.throttled", anonymous, "wait \(SignInThrottle.describe(seconds: wait))", db)
            return .throttled(seconds: wait)
        }
        let found = try await AccountStore.find(email: email, on: db)
        let dependencies = dependencies
        let hash = found?.passwordHash
        let matches = try await gate.check {
            // No account, or an invited one with no password yet: the same work and the same answer.
            guard let hash, !hash.isEmpty else {
                // As slow as checking a real password, so that timing does not tell which addresses have accounts.
                _ = try? dependencies.hashPassword(password)
                return false
            }
            return dependencies.verifyPassword(password, hash)
        }
        guard let (user, _) = found, matches, user.isActive else {
            try await PasswordGuesses.recordFailure(email: email, address: address, now: now, id: dependencies.newID(), on: db)
            await record("sign-in.failure", anonymous, found == nil ? "no such account" : nil, db)
            return .refused
        }
        let token = dependencies.randomToken()
        try await Audit.changing(touching: [.accounts], on: db, dependencies: dependencies) { change in
            try await SecurityEventStore.forgive(email: email, address: throttleAddress, on: change.housekeeping(.securityEvent))
            try await AccountStore.createSession(tokenHash: sha256Hex(token), csrfToken: dependencies.randomToken(),
                                                 for: user.id, id: dependencies.newID(), at: now,
                                                 on: change.housekeeping(.session))
            change.audit(Actor(userID: user.id, label: user.email, address: address)
                .record("sign-in", "user", id: user.id.description))
        }
        return .signedIn(token: token)
    }

    /// A security event; a failure to record one never fails the sign-in it describes.
    private func record(_ kind: String, _ actor: Actor, _ detail: String?, _ db: any Database) async {
        try? await SecurityLog.record(kind, by: actor, detail: detail, on: db, dependencies: dependencies, budget: budget)
    }
}
