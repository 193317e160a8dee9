import OversightDomain
import Vapor

/// Every "may this person do this" question for the system's own records: the audit trail and
/// the security log.
struct OperationsPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    var audit: Authorisation { .permission(.viewAudit, viewer) }
}

extension Request {
    /// The operations policy for this request's viewer.
    var operations: OperationsPolicy { OperationsPolicy(viewer) }
}

extension ViewContext {
    /// The operations policy for the page's viewer: what to offer.
    var operations: OperationsPolicy { OperationsPolicy(viewer) }
}
