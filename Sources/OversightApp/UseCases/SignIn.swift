import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Checks an email and password, with throttling, and opens a new session. Every outcome is
/// audited; the session id is new at each sign-in, so a session fixed before sign-in is useless.
struct SignIn {
    var dependencies: Dependencies

    enum Outcome: Equatable {
        case signedIn(token: String)
        case refused
        case throttled
    }

    func callAsFunction(email: String, password: String, address: String, on db: any Database) async throws -> Outcome {
        let now = dependencies.now()
        let failures = try await AccountStore.failures(
            email: email, address: address, since: now.addingTimeInterval(-SignInThrottle.windowSeconds), on: db)
        let anonymous = Actor(userID: nil, label: email.lowercased(), address: address)
        if SignInThrottle.isThrottled(failuresForAccount: failures.account, failuresFromAddress: failures.address) {
            try await Audit.write(anonymous.record("sign-in.throttled", "user", id: nil), on: db, dependencies: dependencies)
            return .throttled
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
            try await db.transaction { tx in
                try await AccountStore.recordFailure(email: email, address: address, at: now, id: dependencies.newID(), on: tx)
                try await Audit.write(anonymous.record("sign-in.failure", "user", id: found?.user.id.description),
                                      on: tx, dependencies: dependencies)
            }
            return .refused
        }
        let token = dependencies.randomToken()
        try await db.transaction { tx in
            try await AccountStore.createSession(tokenHash: sha256Hex(token), csrfToken: dependencies.randomToken(),
                                                 for: user.id, id: dependencies.newID(), at: now, on: tx)
            try await Audit.write(Actor(userID: user.id, label: user.email, address: address)
                .record("sign-in", "user", id: user.id.description), on: tx, dependencies: dependencies)
        }
        return .signedIn(token: token)
    }
}
