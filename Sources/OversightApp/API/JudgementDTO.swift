import OversightDomain
import OversightStore

struct JudgementDTO: Codable, Equatable, Sendable {
    var id: String
    var body: String
    var area: CodeAndLabel
    var grade: CodeAndLabel
}
