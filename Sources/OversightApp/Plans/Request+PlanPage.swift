import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

extension Request {
    /// The plan named in the path, within the council named in the path, with what its pages show.
    func planPage(in council: Council, updates scope: UpdateScope = .summaryOnly) async throws -> PlanPageModel {
        guard let model = try await PlanPageModel.load(id(.plan), in: council, today: .inLondon(dependencies.now()),
                                                       updates: scope, on: db) else { throw Abort(.notFound) }
        return model
    }
}
