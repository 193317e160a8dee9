import OversightDomain
import Vapor

struct AssessmentTransitionForm: Content {
    var event: String?
    var version: String?
}
