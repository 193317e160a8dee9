import OversightDomain
import Vapor

/// Adding a piece of evidence ("kind:id" from the chooser) or removing one (`remove`, a link's id).
struct EvidenceForm: Content {
    var evidence: String?
    var note: String?
    var remove: String?
}
