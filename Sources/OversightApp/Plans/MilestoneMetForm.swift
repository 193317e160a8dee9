import OversightDomain
import OversightStore
import Vapor

struct MilestoneMetForm: Content {
    var milestone: String?
    var version: String?
}
