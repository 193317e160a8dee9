import OversightDomain
import Vapor

struct RiskReviewDraft: Equatable, Sendable {
    var date: CalendarDate
    var current: RiskScore
    var target: RiskScore
    var commentary: String
}
