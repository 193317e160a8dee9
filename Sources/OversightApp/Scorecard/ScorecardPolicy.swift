import OversightDomain
import Vapor

/// Every "may this person do this" question for the scorecard: its indicators, targets, links
/// and figures. `ScorecardPolicyTests` is its table.
struct ScorecardPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    var read: Authorisation { .permission(.viewProgramme, viewer) }

    /// Adding and changing indicators, their targets, comparators and links.
    var manage: Authorisation { .permission(.manageIndicators, viewer) }

    /// Entering and importing figures.
    var enterFigures: Authorisation { .permission(.importIndicators, viewer) }

    /// Whether a figure already validated may be corrected: only by whoever manages indicators.
    var correctsValidated: Bool { manage.isAllowed }
}

extension Request {
    /// The scorecard policy for this request's viewer.
    var scorecard: ScorecardPolicy { ScorecardPolicy(viewer) }
}

extension ViewContext {
    /// The scorecard policy for the page's viewer: what to offer.
    var scorecard: ScorecardPolicy { ScorecardPolicy(viewer) }
}
