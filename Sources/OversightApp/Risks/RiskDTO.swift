import OversightDomain
import OversightStore
import Vapor

/// A risk in the API, with its three scores and their bands, its reviews and its links.
struct RiskDTO: Codable, Equatable, Sendable {
    struct Score: Codable, Equatable, Sendable {
        var likelihood: Int
        var impact: Int
        var score: Int
        var band: String

        init(_ score: RiskScore, scale: RiskScale) {
            likelihood = score.likelihood
            impact = score.impact
            self.score = score.value
            band = scale.band(score).name
        }
    }

    struct Review: Codable, Equatable, Sendable {
        var date: String
        var current: Score
        var target: Score
        var commentary: String
        var reviewer: String
    }

    var id: String
    var councilId: String
    var reference: String
    var title: String
    var cause: String
    var event: String
    var consequence: String
    var category: CodeAndLabel
    var status: CodeAndLabel
    var owner: String
    var raisedOn: String
    var inherent: Score
    var current: Score
    var target: Score
    var targetReason: String?
    var proximity: CodeAndLabel
    var reviewFrequency: CodeAndLabel
    var lastReviewedOn: String?
    var nextReviewDue: String
    var reviewOverdue: Bool
    var movement: String
    var planActions: [String]
    var boardActions: [String]
    var actionsNeedingAttention: [String]
    var reviews: [Review]

    init(_ risk: Risk, model: RiskRegisterModel) {
        let scale = model.scale
        id = risk.id.description
        councilId = risk.councilID.description
        reference = risk.reference
        title = risk.title
        cause = risk.cause
        event = risk.event
        consequence = risk.consequence
        category = CodeAndLabel(risk.category)
        status = CodeAndLabel(risk.status)
        owner = model.name(risk.ownerID)
        raisedOn = risk.raisedOn.iso
        inherent = Score(risk.inherent, scale: scale)
        current = Score(risk.current, scale: scale)
        target = Score(risk.target, scale: scale)
        targetReason = risk.targetReason
        proximity = CodeAndLabel(risk.proximity)
        reviewFrequency = CodeAndLabel(risk.reviewFrequency)
        lastReviewedOn = risk.lastReviewedOn?.iso
        nextReviewDue = risk.reviewDue.iso
        reviewOverdue = risk.isReviewOverdue(on: model.today)
        movement = model.movement(risk).rawValue
        planActions = (model.links.planActions[risk.id] ?? []).compactMap { model.planActions[$0]?.reference }.sorted()
        boardActions = (model.links.boardActions[risk.id] ?? []).compactMap { model.boardActions[$0]?.reference }.sorted()
        actionsNeedingAttention = model.troubles(risk)
        reviews = (model.reviews[risk.id] ?? []).map {
            Review(date: $0.date.iso, current: Score($0.current, scale: scale), target: Score($0.target, scale: scale),
                   commentary: $0.commentary, reviewer: $0.reviewer)
        }
    }
}
