import Dispatch
import NIOConcurrencyHelpers
import OversightDomain

/// Password checks, bounded. bcrypt at cost 12 takes about a quarter of a second of one core: run
/// on Swift's shared thread pool (two threads here), a burst of sign-ins would stall every page.
/// So checks run on a queue of their own, at most `limit` at once. And each account and each
/// address has one sign-in at a time, from reading its recent failures to recording this one's
/// outcome: a second sent at the same moment waits its turn (someone signing in on two devices at
/// once gets in on both), so that guesses sent together cannot all pass the throttle before any
/// failure is recorded. Only when `maxWaiting` already wait is a sign-in told to come back later.
final class SignInGate: Sendable {
    enum Refusal: Error, Equatable {
        /// This account or address already has `maxWaiting` sign-ins waiting.
        case inFlight
        /// Every check the server allows at once is running.
        case busy
    }

    private struct State {
        var running = 0
        /// Each key held, with the sign-ins waiting for it in the order they came.
        var held: [String: [CheckedContinuation<Void, any Error>]] = [:]
    }

    let limit: Int
    /// Sign-ins that may wait for one account or address; beyond, they are refused at once.
    static let maxWaiting = 8
    private let state = NIOLockedValueBox(State())
    private static let queue = DispatchQueue(label: "oversight.password-checks", attributes: .concurrent)

    init(limit: Int = 4) { self.limit = max(1, limit) }

    /// Runs `body` while holding the account and, unless `shared`, the address: a proxy that
    /// speaks for many people is not held, or one person's sign-in would hold up everyone's.
    func exclusively<T>(email: String, address: String, shared: Bool,
                        _ body: () async throws -> T) async throws -> T {
        // Always the account before the address (the keys sort so), so two sign-ins never each
        // hold what the other waits for.
        var keys = ["account " + email.lowercased()]
        if !shared { keys.append("address " + ThrottleAddress.key(address)) }
        var taken: [String] = []
        defer { for key in taken.reversed() { release(key) } }
        for key in keys {
            try await acquire(key)
            taken.append(key)
        }
        return try await body()
    }

    private func acquire(_ key: String) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            enum Turn { case now, later, never }
            let turn: Turn = state.withLockedValue { state in
                guard var waiting = state.held[key] else {
                    state.held[key] = []
                    return .now
                }
                guard waiting.count < Self.maxWaiting else { return .never }
                waiting.append(continuation)
                state.held[key] = waiting
                return .later
            }
            switch turn {
            case .now: continuation.resume()
            case .never: continuation.resume(throwing: Refusal.inFlight)
            case .later: break
            }
        }
    }

    /// Hands the key straight to the longest waiter, or frees it.
    private func release(_ key: String) {
        let next: CheckedContinuation<Void, any Error>? = state.withLockedValue { state in
            guard var waiting = state.held[key], !waiting.isEmpty else {
                state.held[key] = nil
                return nil
            }
            let first = waiting.removeFirst()
            state.held[key] = waiting
            return first
        }
        next?.resume()
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
