import OversightDomain
import OversightStore
import Vapor

struct TransitionForm: Content {
    var event: String?
    var reason: String?
    var version: String?
}
