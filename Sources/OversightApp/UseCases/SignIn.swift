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

    enum Outcome: Equatable {
        case signedIn(token: String)
        case refused
        /// Too many recent failures: the seconds to wait before trying again.
        case throttled(seconds: Double)
    }

    func callAsFunction(email: String, password: String, address: String, on db: any Database) async throws -> Outcome {
        let now = dependencies.now()
        let failures = try await SecurityEventStore.failures(
            email: email, address: address, since: now.addingTimeInterval(-SignInThrottle.windowSeconds), on: db)
        let anonymous = Actor(userID: nil, label: email.lowercased(), address: address)
        let wait = SignInThrottle.wait(failures, now: now.timeIntervalSince1970)
        if wait > 0 {
            // Not checked and not counted as a failure: the wait does not grow while someone waits it out.
            try await SecurityLog.record("sign-in.throttled", by: anonymous, detail: "wait \(SignInThrottle.describe(seconds: wait))",
                                         on: db, dependencies: dependencies, budget: budget)
            return .throttled(seconds: wait)
        }
        let found = try await AccountStore.find(email: email, on: db)
        let matches: Bool
        if let found {
            matches = dependencies.verifyPassword(password, found.passwordHash)
        } else {
            // As slow as checking a real password, so that timing does not tell which addresses have accounts.
            _ = try? dependencies.hashPassword(password)
            matches = false
        }
        guard let (user, _) = found, matches, user.isActive else {
            try await SecurityEventStore.recordFailure(email: email, address: address, at: now, id: dependencies.newID(), on: db)
            try await SecurityLog.record("sign-in.failure", by: anonymous, detail: found == nil ? "no such account" : nil,
                                         on: db, dependencies: dependencies, budget: budget)
            return .refused
        }
        let token = dependencies.randomToken()
        try await db.transaction { tx in
            try await SecurityEventStore.forgive(email: email, address: address, on: tx)
            try await AccountStore.createSession(tokenHash: sha256Hex(token), csrfToken: dependencies.randomToken(),
                                                 for: user.id, id: dependencies.newID(), at: now, on: tx)
            try await Audit.write(Actor(userID: user.id, label: user.email, address: address)
                .record("sign-in", "user", id: user.id.description), on: tx, dependencies: dependencies)
        }
        return .signedIn(token: token)
    }
}
