import OversightDomain
import Vapor

struct CorrectionForm: Content {
    var version: String?
}
