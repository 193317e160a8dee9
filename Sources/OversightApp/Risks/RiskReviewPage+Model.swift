import OversightDocuments
import OversightDomain
import OversightStore

enum RiskReviewPage {}

extension RiskReviewPage {
    /// The page that records a review of a risk: the risk, the scale its scores are chosen on and
    /// the band of its inherent score, which the new scores cannot go above.
    struct Model {
        /// The risk as recorded: the page names it, states its inherent score and reason, and posts its version.
        var risk: Risk
        var scale: RiskScale
        var inherentBand: String

        init(_ risk: Risk, scale: RiskScale) {
            self.risk = risk
            self.scale = scale
            inherentBand = scale.band(risk.inherent).name
        }
    }
}
