import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

extension Request {
    /// A plan by id for the API, loaded within its own council.
    func apiPlanPage(_ id: Plan.ID) async throws -> PlanPageModel {
        guard let councilID = try await PlanStore.council(of: id, on: db),
              let council = try await CouncilStore.find(councilID, on: db) else { throw Abort(.notFound) }
        parameters.set(SiteURL.Key.plan.rawValue, to: id.description)
        return try await planPage(in: council)
    }
}
