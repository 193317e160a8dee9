import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

extension Request {
    /// The plan named in the path, within the council named in the path, with what its pages show.
    func planPage(in council: Council, updates scope: UpdateScope = .summaryOnly) async throws -> PlanPageModel {
        let planID: Plan.ID = try id(.plan)
        let today = CalendarDate.inLondon(dependencies.now())
        guard let model = try await onOneConnection({ db in
            try await PlanPageModel.load(planID, in: council, today: today, updates: scope, on: db)
        }) else { throw Abort(.notFound) }
        return model
    }
}
