import NIOConcurrencyHelpers
import OversightStore
import Vapor

/// What this process has read or made, each kept under the generations of the data it came from:
/// rendered pages, and who a session cookie or API token belongs to.
///
/// A generation is a list of numbers read from the database on each request: the generations of
/// the `CacheScope`s a page shows (ADR 0011), or the audit trail's head for a page that may show
/// anything (ADR 0005). Every change moves them in its own transaction, so several instances
/// behind a load balancer never serve each other stale data, and an entry is served only while its
/// generations are the ones the request read: a change empties exactly the entries made from what
/// it touched. Entries are removed oldest first once their total cost passes the budget; one found
/// stale goes at once.
final class GenerationalCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    typealias Generation = [Int]

    private struct Entry {
        var value: Value
        var generation: Generation
        var cost: Int
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        /// Oldest first: when the budget is spent, the oldest go.
        var order: [Key] = []
        var spent = 0
        var hits = 0

        mutating func remove(_ key: Key) {
            guard let old = entries.removeValue(forKey: key) else { return }
            spent -= old.cost
            order.removeAll { $0 == key }
        }
    }

    /// The most the cache holds, in the units `cost` gives. One entry may take up to an eighth of it.
    let budget: Int
    private let cost: @Sendable (Value) -> Int
    private let state = NIOLockedValueBox(State())

    init(budget: Int, cost: @escaping @Sendable (Value) -> Int = { _ in 1 }) {
        self.budget = budget
        self.cost = cost
    }

    func value(_ key: Key, generation: Generation) -> Value? {
        state.withLockedValue { state in
            guard let entry = state.entries[key] else { return nil }
            guard entry.generation == generation else {
                // Generations only move forward: an entry made from older data is never wanted again.
                if Self.isOlder(entry.generation, than: generation) { state.remove(key) }
                return nil
            }
            state.hits += 1
            return entry.value
        }
    }

    /// What is kept under `key` as made from `generation`, or else `make()`'s value, kept there in
    /// the same step: requests asking at once share one value rather than each making their own.
    func value(_ key: Key, generation: Generation, orKeep make: () -> Value) -> Value {
        state.withLockedValue { state in
            if let entry = state.entries[key] {
                if entry.generation == generation {
                    state.hits += 1
                    return entry.value
                }
                // Made from newer data than this request read: this request makes its own and keeps nothing.
                if !Self.isOlder(entry.generation, than: generation) { return make() }
            }
            let value = make()
            keep(value, for: key, generation: generation, in: &state)
            return value
        }
    }

    /// Forgets what is kept under `key` if it was made from `generation` (a reading that failed).
    func remove(_ key: Key, generation: Generation) {
        state.withLockedValue { state in
            if state.entries[key]?.generation == generation { state.remove(key) }
        }
    }

    /// Keeps `value` under `key` as made from `generation`, unless what is kept there was made from
    /// newer data (a slower request that read the generations before a change must not replace it).
    func store(_ value: Value, for key: Key, generation: Generation) {
        state.withLockedValue { state in
            if let kept = state.entries[key], Self.isOlder(generation, than: kept.generation) { return }
            keep(value, for: key, generation: generation, in: &state)
        }
    }

    private func keep(_ value: Value, for key: Key, generation: Generation, in state: inout State) {
        let cost = cost(value)
        guard cost <= budget / 8 else { return }
        state.remove(key)
        while state.spent + cost > budget, !state.order.isEmpty {
            state.remove(state.order[0])
        }
        state.entries[key] = Entry(value: value, generation: generation, cost: cost)
        state.order.append(key)
        state.spent += cost
    }

    /// Whether `lhs` was read before `rhs`: of the same scopes, and behind in one of them.
    private static func isOlder(_ lhs: Generation, than rhs: Generation) -> Bool {
        lhs.count == rhs.count && lhs != rhs && zip(lhs, rhs).allSatisfy { $0 <= $1 }
    }

    /// Entries and their cost now, and how many lookups found what they wanted since the start.
    var usage: (entries: Int, spent: Int, hits: Int) {
        state.withLockedValue { ($0.entries.count, $0.spent, $0.hits) }
    }
}

extension Request {
    /// The audit trail's head as this request first saw it: read once per request, for pages that
    /// may show anything.
    func auditHead() async throws -> Int {
        if let head = storage[AuditHeadKey.self] { return head }
        let head = try await AuditStore.head(on: db)
        storage[AuditHeadKey.self] = head
        return head
    }

    /// The generations of `scopes`, read once per request for each list of scopes asked for.
    /// `alongWith` are lists that will be asked for later in the same request (the page cache's,
    /// after the session's): read in the same query, a cached page costs one query, not two.
    func generations(of scopes: [CacheScope], alongWith later: [[CacheScope]] = []) async throws -> [Int] {
        var known = storage[GenerationsKey.self] ?? [:]
        if let read = known[scopes] { return read }
        let lists = [scopes] + later.filter { known[$0] == nil }
        var all: [CacheScope] = []
        for scope in lists.joined() where !all.contains(scope) { all.append(scope) }
        let read = try await CacheGenerations.read(all, on: db)
        let byScope = Dictionary(zip(all, read), uniquingKeysWith: { first, _ in first })
        for list in lists { known[list] = list.map { byScope[$0] ?? 0 } }
        storage[GenerationsKey.self] = known
        return known[scopes] ?? []
    }
}

struct GenerationsKey: StorageKey { typealias Value = [[CacheScope]: [Int]] }
