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

    /// `read` on one connection held from the first query to the last: a page's dozen or more
    /// queries then take the pool's connection once rather than once each.
    func onOneConnection<T: Sendable>(_ read: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await db.withConnection { db in
            db.eventLoop.makeFutureWithTask { try await read(db) }
        }.get()
    }
}
