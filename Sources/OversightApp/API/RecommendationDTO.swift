import OversightDomain
import OversightStore

struct RecommendationDTO: Codable, Equatable, Sendable {
    var id: String
    var number: Int
    var text: String
    var area: CodeAndLabel?
    var priorityAction: Bool
}
