import OversightDomain
import Vapor

struct PublishForm: Content {
    var lateReason: String?
    var version: String?
}
