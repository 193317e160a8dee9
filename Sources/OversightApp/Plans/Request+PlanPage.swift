import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

extension Request {
    /// The plan named in the path, within the council named in the path, with what its pages show:
    /// the plan's model, shared with its other pages and viewers (`PlanModels`), and the updates
    /// this page shows in full with their evidence files, read for this page alone.
    func planPage(in council: Council, updates scope: UpdateScope = .summaryOnly) async throws -> PlanPageModel {
        let planID: Plan.ID = try id(.plan)
        let today = CalendarDate.inLondon(dependencies.now())
        guard var model = try await sharedPlanModel(planID, in: council, today: today) else { throw Abort(.notFound) }
        switch scope {
        case .summaryOnly: return model
        case let .action(action): model.updates = try await UpdateStore.updates(ofAction: action, on: db)
        case let .period(period): model.updates = try await UpdateStore.updates(of: planID, in: period, on: db)
        }
        model.evidence = try await EvidenceStore.files(of: model.updates.map(\.id), on: db)
        return model
    }
}
