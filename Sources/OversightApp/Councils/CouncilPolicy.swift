import OversightDomain
import Vapor

/// Every "may this person do this" question for councils and the programme as a whole.
struct CouncilPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    /// Reading the programme: councils, their overview, exports and the read API.
    var read: Authorisation { .permission(.viewProgramme, viewer) }

    var add: Authorisation { .permission(.addCouncil, viewer) }

    var edit: Authorisation { .permission(.editCouncil, viewer) }
}

extension Request {
    /// The councils policy for this request's viewer.
    var councils: CouncilPolicy { CouncilPolicy(viewer) }
}

extension ViewContext {
    /// The councils policy for the page's viewer: what to offer.
    var councils: CouncilPolicy { CouncilPolicy(viewer) }
}
