import OversightDomain
import Vapor

struct AuditRoundDraft: Equatable, Sendable {
    var month: CalendarDate
    var theme: String
    var casesAudited: Int
    var outstanding: Int
    var good: Int
    var requiresImprovement: Int
    var inadequate: Int
}
