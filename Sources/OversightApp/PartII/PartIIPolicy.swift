import OversightDomain
import Vapor

/// Exempt (Part II) material: who may see it at all. Every feature's policy defers to this one, so
/// the rule is written once; the Part II crawl checks that nothing escapes it.
struct PartIIPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    /// Whether Part II items, reports, risks and board actions are shown to this viewer at all.
    var sees: Bool { viewer?.can(.viewPartII) == true }

    /// Opening one thing that may be exempt: refused (and recorded) for a viewer without the right.
    func open(exempt: Bool) -> Authorisation {
        exempt && !sees ? .refused(.viewPartII) : .allowed
    }
}

extension Request {
    /// The Part II policy for this request's viewer.
    var partTwo: PartIIPolicy { PartIIPolicy(viewer) }
}

extension ViewContext {
    /// The Part II policy for the page's viewer: what to offer.
    var partTwo: PartIIPolicy { PartIIPolicy(viewer) }
}
