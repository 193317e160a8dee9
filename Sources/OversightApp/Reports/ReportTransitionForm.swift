import OversightDomain
import Vapor

/// Clearing or returning a report, and publishing it with the reason when it is late.
struct ReportTransitionForm: Content {
    var event: String?
    var version: String?
}
