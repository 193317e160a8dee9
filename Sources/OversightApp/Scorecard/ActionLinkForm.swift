import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Linking an action to an indicator, or undoing it.
struct ActionLinkForm: Content {
    var action: String?
    var remove: String?
}
