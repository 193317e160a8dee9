import OversightDomain
import Vapor

/// The actions that mitigate a risk: plan actions and board actions, chosen by checkbox.
struct RiskLinksForm: Content {
    var planActions: [String]?
    var boardActions: [String]?
    var version: String?
}
