import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

struct ActionDTO: Codable, Equatable, Sendable {
    var id: String
    var planId: String
    var reference: String
    var what: String
    var lead: String?
    var dueDate: String
    var revisedDueDate: String?
    var revisionCount: Int
    var status: CodeAndLabel
    var latestRating: CodeAndLabel?
    var exceptions: [String]
    var recommendationIds: [String]
    var withdrawalReason: String?
    var carriedFromId: String?

    init(_ action: PlanAction, model: PlanPageModel) {
        id = action.id.description
        planId = model.record.plan.id.description
        reference = action.reference
        what = action.what
        lead = model.name(action.leadID)
        dueDate = action.dueDate.iso
        revisedDueDate = action.revisedDueDate?.iso
        revisionCount = action.revisionCount
        status = CodeAndLabel(action.status)
        latestRating = model.latestRating(action.id).map(CodeAndLabel.init)
        exceptions = model.exceptions(action).map(\.rawValue)
        recommendationIds = action.recommendationIDs.map(\.description)
        withdrawalReason = action.withdrawalReason
        carriedFromId = action.carriedFromID?.description
    }
}
