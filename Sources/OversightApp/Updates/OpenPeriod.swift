import Fluent
import Foundation
import OversightDomain
import OversightStore

struct OpenPeriod {
    var dependencies: Dependencies

    func callAsFunction(plan: Plan.ID, month: CalendarDate, deadline: CalendarDate, by actor: Actor,
                        on db: any Database) async throws -> UpdatePeriod.ID {
        let id = UpdatePeriod.ID(dependencies.newID())
        try await Audit.changing(touching: [.plan(plan)], on: db, dependencies: dependencies) { change in
            try await UpdateStore.openPeriod(id, plan: plan, month: month, deadline: deadline, at: dependencies.now(), on: change)
            change.audit(actor.record("period.open", "update-period", id: id.description,
                                      after: Audit.json(["month": month.iso, "deadline": deadline.iso])))
        }
        return id
    }
}
