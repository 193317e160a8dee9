import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Wrong passwords, wherever they are typed (signing in, or the current password when changing
/// it), counted and slowed by one rule (`SignInThrottle`), so neither is a way round the other.
enum PasswordGuesses {
    /// How long this account from this address must wait before its password is checked again;
    /// 0 when it may try now. `shared` leaves out the address rule (a proxy standing for many).
    static func wait(email: String, address: String, shared: Bool = false, now: Date, on db: any Database) async throws -> Double {
        var failures = try await SecurityEventStore.failures(
            email: email, address: ThrottleAddress.key(address), since: now.addingTimeInterval(-SignInThrottle.windowSeconds), on: db)
        if shared { failures.address = .init(count: 0, latest: nil) }
        return SignInThrottle.wait(failures, now: now.timeIntervalSince1970)
    }

    static func recordFailure(email: String, address: String, now: Date, id: UUID, on db: any Database) async throws {
        try await UnitOfWork.housekeeping(.securityEvent, on: db) { housekeeping in
            try await SecurityEventStore.recordFailure(email: email, address: ThrottleAddress.key(address), at: now, id: id, on: housekeeping)
        }
    }
}
