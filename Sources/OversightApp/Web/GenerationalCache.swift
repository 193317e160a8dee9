import NIOConcurrencyHelpers
import OversightStore
import Vapor

/// What this process has read or made, kept until anything changes: rendered pages, and who a
/// session cookie belongs to.
///
/// "Anything changes" is the audit trail's head. Every change is written with its audit entry in
/// one transaction, so a new entry means the data may have moved. The head is read from the
/// database on each request, so several instances behind a load balancer never serve each other
/// stale data, and only the newest generation is kept: a change empties the cache. Entries are
/// removed oldest first once their total cost passes the budget.
final class GenerationalCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var generation = -1
        var entries: [Key: (value: Value, cost: Int)] = [:]
        /// Oldest first: when the budget is spent, the oldest go.
        var order: [Key] = []
        var spent = 0
        var hits = 0
    }

    /// The most the cache holds, in the units `cost` gives. One entry may take up to an eighth of it.
    let budget: Int
    private let cost: @Sendable (Value) -> Int
    private let state = NIOLockedValueBox(State())

    init(budget: Int, cost: @escaping @Sendable (Value) -> Int = { _ in 1 }) {
        self.budget = budget
        self.cost = cost
    }

    func value(_ key: Key, generation: Int) -> Value? {
        state.withLockedValue { state in
            if generation > state.generation { state = State(generation: generation, hits: state.hits) }
            guard generation == state.generation, let entry = state.entries[key] else { return nil }
            state.hits += 1
            return entry.value
        }
    }

    /// Keeps `value` (replacing what was kept under `key`) if it was read at the newest generation.
    func store(_ value: Value, for key: Key, generation: Int) {
        let cost = cost(value)
        guard cost <= budget / 8 else { return }
        state.withLockedValue { state in
            if generation > state.generation { state = State(generation: generation, hits: state.hits) }
            // A request that read an older head than another has since seen must not store.
            guard generation == state.generation else { return }
            if let old = state.entries.removeValue(forKey: key) {
                state.spent -= old.cost
                state.order.removeAll { $0 == key }
            }
            while state.spent + cost > budget, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                state.spent -= state.entries.removeValue(forKey: oldest)?.cost ?? 0
            }
            state.entries[key] = (value, cost)
            state.order.append(key)
            state.spent += cost
        }
    }

    /// Entries and their cost now, and how many lookups found what they wanted since the start.
    var usage: (entries: Int, spent: Int, hits: Int) {
        state.withLockedValue { ($0.entries.count, $0.spent, $0.hits) }
    }
}

extension Request {
    /// The audit trail's head as this request first saw it: read once per request, so that the
    /// session and the page are judged against the same generation.
    func auditHead() async throws -> Int {
        if let head = storage[AuditHeadKey.self] { return head }
        let head = try await AuditStore.head(on: db)
        storage[AuditHeadKey.self] = head
        return head
    }
}
