import OversightDomain
import Vapor

struct AssessmentSectionForm: Content {
    var text: String?
    var version: String?
}
