import Vapor

/// Pages being made now, so that requests for the same page at the same generations wait for the
/// one being made rather than each making it again. A change empties the register and the
/// dashboard for everyone reading them at once; without this, each of them made the page anew, and
/// sixteen readers made the 66 ms register sixteen times over (`docs/performance.md`).
actor PagesInFlight {
    struct Key: Hashable, Sendable {
        var page: PageCache.Key
        var generation: [Int]
    }

    enum Arrival: Sendable {
        /// No one is making the page: the caller makes it and must call `finish`.
        case lead
        /// Another request made it: its kept answer, or nil when it was not one to keep (an error, a
        /// redirect), for the caller to make its own.
        case made(PageCache.Entry?)
    }

    private var waiting: [Key: [CheckedContinuation<PageCache.Entry?, Never>]] = [:]
    /// How many pages were made by a leading request since the start, for the tests.
    private(set) var made = 0

    func arrive(_ key: Key) async -> Arrival {
        guard waiting[key] != nil else {
            waiting[key] = []
            return .lead
        }
        // The continuation is kept before the actor lets anyone else in, so `finish` cannot miss it.
        return .made(await withCheckedContinuation { waiting[key, default: []].append($0) })
    }

    func counted() { made += 1 }

    func finish(_ key: Key, with entry: PageCache.Entry?) {
        for waiter in waiting.removeValue(forKey: key) ?? [] { waiter.resume(returning: entry) }
    }
}
