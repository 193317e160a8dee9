import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

struct PriorityDTO: Codable, Equatable, Sendable {
    var id: String
    var number: Int
    var title: String
    var outcome: String?
    var actions: [ActionDTO]
}
