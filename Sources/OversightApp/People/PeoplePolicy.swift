import OversightDomain
import Vapor

/// Every "may this person do this" question for the council's people (leads, owners, officers).
struct PeoplePolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    var read: Authorisation { .permission(.viewProgramme, viewer) }

    /// Adding and changing people, including those a plan import would add.
    var manage: Authorisation { .permission(.managePeople, viewer) }
}

extension Request {
    /// The people policy for this request's viewer.
    var people: PeoplePolicy { PeoplePolicy(viewer) }
}

extension ViewContext {
    /// The people policy for the page's viewer: what to offer.
    var people: PeoplePolicy { PeoplePolicy(viewer) }
}
