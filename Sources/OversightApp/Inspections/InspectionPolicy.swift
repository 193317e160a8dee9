import OversightDomain
import Vapor

/// Every "may this person do this" question for inspections, their findings and recommendations.
struct InspectionPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    var read: Authorisation { .permission(.viewProgramme, viewer) }

    /// Recording an inspection and its findings and recommendations.
    var record: Authorisation { .permission(.recordInspections, viewer) }
}

extension Request {
    /// The inspections policy for this request's viewer.
    var inspections: InspectionPolicy { InspectionPolicy(viewer) }
}

extension ViewContext {
    /// The inspections policy for the page's viewer: what to offer.
    var inspections: InspectionPolicy { InspectionPolicy(viewer) }
}
