import OversightDomain
import OversightStore
import Vapor

/// A move in a meeting's life, with what the move needs: a reason when papers are late or the
/// meeting is cancelled, and the later meeting that approved the minutes.
struct MeetingTransitionForm: Content {
    var event: String?
    /// Why the papers are late.
    var reason: String?
    var cancelReason: String?
    var approvedAt: String?
    var version: String?
}
