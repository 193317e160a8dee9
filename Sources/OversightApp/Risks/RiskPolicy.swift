import OversightDomain
import Vapor

/// Every "may this person do this to this risk" question: the register, its reviews and imports.
/// `RiskPolicyTests` is its table.
struct RiskPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    /// Reading the register and its risks (Part II risks still need `PartIIPolicy`).
    var read: Authorisation { .permission(.viewProgramme, viewer) }

    /// Adding, changing, importing and linking risks: whoever manages the register.
    var manage: Authorisation { .permission(.manageRisks, viewer) }

    /// Recording a review: whoever manages the register, or the risk's own owner.
    func review(_ risk: Risk) -> Authorisation {
        read.then(viewer?.can(.manageRisks) == true || viewer?.user.personID == risk.ownerID
            ? .allowed : .refused(.manageRisks))
    }

    /// Whether the register shows Part II risks.
    var seesExempt: Bool { PartIIPolicy(viewer).sees }
}

extension Request {
    /// The risks policy for this request's viewer.
    var risks: RiskPolicy { RiskPolicy(viewer) }
}

extension ViewContext {
    /// The risks policy for the page's viewer: what to offer.
    var risks: RiskPolicy { RiskPolicy(viewer) }
}
