import Dispatch
import NIOConcurrencyHelpers
import OversightDomain

/// Password checks, bounded. bcrypt at cost 12 takes about a quarter of a second of one core: run
/// on Swift's shared thread pool (two threads here), a burst of sign-ins would stall every page.
/// So checks run on a queue of their own, at most `limit` at once. And each account and each
/// address may have only one sign-in in flight, from reading its recent failures to recording
/// this one's outcome: a second one sent at the same moment is told to wait, so that guesses sent
/// together cannot all pass the throttle before any failure is recorded.
final class SignInGate: Sendable {
    enum Refusal: Error, Equatable {
        /// This account or address already has a sign-in in flight.
        case inFlight
        /// Every check the server allows at once is running.
        case busy
    }

    let limit: Int
    private let state = NIOLockedValueBox((running: 0, keys: Set<String>()))
    private static let queue = DispatchQueue(label: "oversight.password-checks", attributes: .concurrent)

    init(limit: Int = 4) { self.limit = max(1, limit) }

    /// Runs `body` while holding the account and, unless `shared`, the address: a proxy that
    /// speaks for many people is not held, or one person's sign-in would refuse everyone's.
    func exclusively<T>(email: String, address: String, shared: Bool,
                        _ body: () async throws -> T) async throws -> T {
        var keys = ["account " + email.lowercased()]
        if !shared { keys.append("address " + ThrottleAddress.key(address)) }
        try state.withLockedValue { state in
            guard keys.allSatisfy({ !state.keys.contains($0) }) else { throw Refusal.inFlight }
            state.keys.formUnion(keys)
        }
        defer { state.withLockedValue { state in state.keys.subtract(keys) } }
        return try await body()
    }

    /// Runs `check` on the password queue, if fewer than `limit` checks are running.
    func check<T: Sendable>(_ check: @escaping @Sendable () -> T) async throws -> T {
        try state.withLockedValue { state in
            guard state.running < limit else { throw Refusal.busy }
            state.running += 1
        }
        defer { state.withLockedValue { state in state.running -= 1 } }
        return await withCheckedContinuation { continuation in
            Self.queue.async { continuation.resume(returning: check()) }
        }
    }
}

/// The address a throttle or a budget counts by: an IPv4 address as it is, an IPv6 address by its
/// /64, since one IPv6 client may hold a whole /64 and could otherwise start afresh at every guess.
enum ThrottleAddress {
    static func key(_ address: String) -> String {
        guard let bytes = TrustedProxies.bytes(of: address), bytes.count == 16 else { return address }
        var prefix = bytes
        for index in 8..<16 { prefix[index] = 0 }
        return TrustedProxies.ipv6Text(prefix) + "/64"
    }
}
