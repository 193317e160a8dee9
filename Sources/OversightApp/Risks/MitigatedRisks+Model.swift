import OversightDocuments
import OversightDomain
import OversightStore

enum MitigatedRisks {}

extension MitigatedRisks {
    /// The risks an action mitigates (or a person owns), as the short table on an action's page,
    /// a board action's page and the overview shows them.
    struct Model {
        struct Row {
            var id: Risk.ID
            var reference: String
            var title: String
            var current: RiskScore
            var target: RiskScore
            var reviewDue: CalendarDate
            var isReviewOverdue: Bool
        }

        var scale: RiskScale
        /// In the order given.
        var rows: [Row]

        init(_ risks: [Risk], scale: RiskScale, today: CalendarDate) {
            self.scale = scale
            rows = risks.map { risk in
                Row(id: risk.id, reference: risk.reference, title: risk.title, current: risk.current, target: risk.target,
                    reviewDue: risk.reviewDue, isReviewOverdue: risk.isReviewOverdue(on: today))
            }
        }
    }
}
