import Metrics
import OversightDomain
import Vapor

/// Rendered pages kept until anything changes (see `GenerationalCache`), so that the pages people
/// open most (the dashboard, a plan, its exceptions, the scorecard, the register, the API lists)
/// cost one index seek rather than a dozen queries and a render of hundreds of actions. A page is
/// kept per session (it carries the session's CSRF token and what that person may see) and per
/// London day (actions go overdue at midnight). Only complete 200 answers without cookies are kept.
enum PageCache {
    struct Key: Hashable, Sendable {
        var uri: String
        var viewer: String
        var day: String
    }

    struct Entry: Sendable {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: ByteBuffer
    }

    /// 32 MB of pages: a few hundred people's worth of the busiest pages at `--scale 10`.
    static func make(budget: Int = 32 * 1024 * 1024) -> GenerationalCache<Key, Entry> {
        GenerationalCache(budget: budget) { $0.body.readableBytes + 512 }
    }
}
