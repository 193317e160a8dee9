import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

struct PlanDTO: Codable, Equatable, Sendable {
    var id: String
    var councilId: String
    var title: String
    var kind: CodeAndLabel
    var status: CodeAndLabel
    var inspectionId: String?
    var startDate: String
    var endDate: String?
    var predecessorId: String?
    var alsoAnswersInspectionIds: [String]
    var priorities: [PriorityDTO]?

    init(_ plan: Plan, priorities: [PriorityDTO]? = nil) {
        id = plan.id.description
        councilId = plan.councilID.description
        title = plan.title
        kind = CodeAndLabel(plan.kind)
        status = CodeAndLabel(plan.status)
        inspectionId = plan.inspectionID?.description
        startDate = plan.startDate.iso
        endDate = plan.endDate?.iso
        predecessorId = plan.predecessorID?.description
        alsoAnswersInspectionIds = plan.alsoAnswers.map(\.description)
        self.priorities = priorities
    }
}
