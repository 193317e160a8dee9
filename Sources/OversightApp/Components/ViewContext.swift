import OversightDocuments
import OversightDomain
import Vapor

/// What every page knows about the request: who is looking, the token its forms must carry,
/// and the one-time notice after a redirect.
struct ViewContext: Sendable {
    var viewer: Viewer?
    var csrfToken: String
    var notice: String?

    /// For snapshots and tests: a fixed token and the given user.
    static func fixed(_ viewer: Viewer?, notice: String? = nil) -> ViewContext {
        ViewContext(viewer: viewer, csrfToken: "csrf-token-for-tests", notice: notice)
    }
}
