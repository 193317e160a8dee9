import OversightDomain
import OversightStore

struct InspectionDTO: Codable, Equatable, Sendable {
    var id: String
    var title: String
    var kind: CodeAndLabel
    var inspectorate: String
    var framework: CodeAndLabel
    var startDate: String
    var endDate: String?
    var publishedDate: String?
    var reportURL: String?
    var judgements: [JudgementDTO]
    var recommendations: [RecommendationDTO]
    var version: Int

    init(_ record: InspectionRecord) {
        let inspection = record.inspection
        id = inspection.id.description
        title = inspection.title
        kind = CodeAndLabel(inspection.kind)
        inspectorate = inspection.inspectorate
        framework = CodeAndLabel(inspection.framework)
        startDate = inspection.startDate.iso
        endDate = inspection.endDate?.iso
        publishedDate = inspection.publishedDate?.iso
        reportURL = inspection.reportURL
        judgements = record.judgements.map {
            JudgementDTO(id: $0.id.description, body: $0.body, area: CodeAndLabel($0.area), grade: CodeAndLabel($0.grade))
        }
        recommendations = record.recommendations.map {
            RecommendationDTO(id: $0.id.description, number: $0.number, text: $0.text,
                              area: $0.area.map(CodeAndLabel.init), priorityAction: $0.isPriorityAction)
        }
        version = inspection.version
    }
}
