import OversightDomain
import Vapor

/// Every "may this person do this" question for self-assessments and practice audits.
struct SelfAssessmentPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    var read: Authorisation { .permission(.viewProgramme, viewer) }

    /// Starting, writing and closing self-assessments; recording practice audits.
    var manage: Authorisation { .permission(.manageSelfAssessment, viewer) }

    /// Changing one assessment's judgements: whoever manages them, while it is open.
    func change(_ assessment: SelfAssessment) -> Authorisation {
        manage.then(assessment.isOpen ? .allowed : .notNow("This self-assessment is closed"))
    }
}

extension Request {
    /// The self-assessment policy for this request's viewer.
    var selfAssessments: SelfAssessmentPolicy { SelfAssessmentPolicy(viewer) }
}

extension ViewContext {
    /// The self-assessment policy for the page's viewer: what to offer.
    var selfAssessments: SelfAssessmentPolicy { SelfAssessmentPolicy(viewer) }
}
