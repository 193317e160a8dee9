import Fluent
import Foundation
import Metrics
import NIOConcurrencyHelpers
import OversightDomain
import OversightStore
import Vapor

/// Records security events (refused and throttled sign-ins, refused forms, refused permissions)
/// in their own hash-chained table, apart from the audit trail: they change nothing a page
/// shows, so they must not move the audit trail's head, which every cache is keyed on.
///
/// A flood from one address is recorded up to a budget a minute; beyond it the events are
/// counted (`oversight_security_events_unrecorded_total`), and the next one recorded for that
/// address says how many were not, so a stranger cannot fill the disk or hold the chain's lock.
enum SecurityLog {
    static let perAddressPerMinute = 30
    /// However many addresses a flood comes from (an IPv6 client holds a /64, and is counted as one).
    static let perMinute = 600
    static let unrecorded = Counter(label: "oversight_security_events_unrecorded_total")
    static let recorded = Counter(label: "oversight_security_events_total")

    /// Events recorded this minute per address, and how many were passed over.
    final class Budget: Sendable {
        private struct State {
            var minute = 0
            var total = 0
            var counts: [String: Int] = [:]
            var skipped: [String: Int] = [:]
        }

        private let state = NIOLockedValueBox(State())

        /// Nil when this address has used its budget; else how many were passed over before it.
        func admit(_ client: String, at now: Date) -> Int? {
            let minute = Int(now.timeIntervalSince1970 / 60)
            let address = ThrottleAddress.key(client)
            return state.withLockedValue { state in
                if state.minute != minute {
                    state.minute = minute
                    state.total = 0
                    state.counts.removeAll(keepingCapacity: true)
                    // Addresses are kept only while they are being passed over.
                    if state.skipped.count > 10_000 { state.skipped.removeAll() }
                }
                guard state.total < SecurityLog.perMinute else { return nil }
                let used = state.counts[address, default: 0]
                guard used < SecurityLog.perAddressPerMinute else {
                    state.skipped[address, default: 0] += 1
                    return nil
                }
                state.counts[address] = used + 1
                state.total += 1
                return state.skipped.removeValue(forKey: address) ?? 0
            }
        }
    }

    static func record(_ kind: String, by actor: Actor, detail: String?, on db: any Database,
                       dependencies: Dependencies, budget: Budget) async throws {
        let now = dependencies.now()
        let address = actor.address ?? "unknown"
        guard let skipped = budget.admit(address, at: now) else {
            unrecorded.increment()
            return
        }
        recorded.increment()
        let note = skipped == 0 ? detail : [detail, "\(skipped) more from this address were not recorded"]
            .compactMap { $0 }.joined(separator: "; ")
        let event = SecurityEvent(kind: kind, actorID: actor.userID?.rawValue, actor: actor.label, address: actor.address,
                                  detail: note.map { String($0.prefix(500)) })
        let id = dependencies.newID()
        try await UnitOfWork.housekeeping(.securityEvent, on: db) { housekeeping in
            try await SecurityEventStore.append(event, at: now, id: id, on: housekeeping)
        }
    }
}

extension Request {
    /// Records a security event for this request; never fails the request for want of recording.
    func recordSecurityEvent(_ kind: String, actor: Actor? = nil, detail: String?) async {
        do {
            try await SecurityLog.record(kind, by: actor ?? self.actor, detail: detail, on: db, dependencies: dependencies,
                                         budget: application.oversight.securityBudget)
        } catch {
            logger.error("security event not recorded", metadata: ["kind": "\(kind)", "error": "\(String(reflecting: error))"])
        }
    }
}
