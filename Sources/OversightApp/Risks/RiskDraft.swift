import OversightDomain
import Vapor

/// What a valid risk form gives: every field of a risk but its identity, reference and reviews.
struct RiskDraft: Equatable, Sendable {
    var title: String
    var cause: String
    var event: String
    var consequence: String
    var category: RiskCategory
    var ownerID: Person.ID
    var raisedOn: CalendarDate
    var inherent: RiskScore
    var current: RiskScore
    var target: RiskScore
    var targetReason: String?
    var controls: String
    var proximity: RiskProximity
    var reviewFrequency: ReviewFrequency
    var status: RiskStatus
}
