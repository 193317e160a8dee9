import OversightDocuments
import OversightDomain
import OversightStore

enum RiskDetail {}

extension RiskDetail {
    /// A risk's own page: its record, its scores in the council's words, its mitigating actions and
    /// its reviews, with whatever depends on the rules worked out before the page is drawn.
    struct Model {
        /// One of the three positions on the grid, each level with its name on the council's scale.
        struct Score {
            var position: String
            var likelihood: String
            var impact: String
            var score: RiskScore
        }

        /// A linked improvement plan action.
        struct PlanActionRow {
            var id: PlanAction.ID
            var planID: Plan.ID
            var reference: String
            var what: String
            var planTitle: String
            var rating: Rating?
            /// "No", or the exceptions that put the mitigation in doubt.
            var needsAttention: String
        }

        /// The risk as recorded; the policy asks about it too (its owner may review it).
        var risk: Risk
        var ownerName: String
        var reviewDue: CalendarDate
        var isReviewOverdue: Bool
        var scale: RiskScale
        var scores: [Score]
        /// By reference.
        var planActions: [PlanActionRow]
        /// By reference, as the action log's own table draws them.
        var boardActions: BoardActionTable.Model
        var hasActions: Bool
        /// Oldest first, as the trend draws them.
        var reviews: [RiskReview]
        /// Latest first, as the table lists them.
        var reviewsLatestFirst: [RiskReview]

        init(_ risk: Risk, register: RiskRegisterModel) {
            let scale = register.scale
            func score(_ position: String, _ score: RiskScore) -> Score {
                Score(position: position, likelihood: "\(score.likelihood) \(scale.likelihoodName(score.likelihood))",
                      impact: "\(score.impact) \(scale.impactName(score.impact))", score: score)
            }
            let plan = (register.links.planActions[risk.id] ?? []).compactMap { register.planActions[$0] }.sorted(by: LinkedPlanAction.listedBefore)
            let board = (register.links.boardActions[risk.id] ?? []).compactMap { register.boardActions[$0] }
                .sorted { ($0.reference, $0.id) < ($1.reference, $1.id) }
            let reviews = register.reviews[risk.id] ?? []
            self.risk = risk
            ownerName = register.name(risk.ownerID)
            reviewDue = risk.reviewDue
            isReviewOverdue = risk.isReviewOverdue(on: register.today)
            self.scale = scale
            scores = [score("Inherent: before any control", risk.inherent), score("Current", risk.current),
                      score("Target: once the mitigations work", risk.target)]
            planActions = plan.map { action in
                PlanActionRow(id: action.id, planID: action.planID, reference: action.reference, what: action.what,
                              planTitle: action.planTitle, rating: action.rating,
                              needsAttention: action.problems.isEmpty ? "No" : action.problems.map(\.label).joined(separator: "; "))
            }
            boardActions = BoardActionTable.Model(board, people: register.people, today: register.today)
            hasActions = !(plan.isEmpty && board.isEmpty)
            self.reviews = reviews
            reviewsLatestFirst = reviews.reversed()
        }
    }
}
