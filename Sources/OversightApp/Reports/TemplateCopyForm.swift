import OversightDomain
import OversightStore
import Vapor

struct TemplateCopyForm: Content {
    var from: String?
    var name: String?
}
