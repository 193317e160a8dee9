import Fluent
import Foundation
import OversightDomain
import OversightStore

package struct RecordMilestoneMet {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ milestone: Milestone, on day: CalendarDate, expectedVersion: Int, by actor: Actor,
                                on db: any Database) async throws {
        try await Audit.changing(touching: [.action(milestone.actionID)], on: db, dependencies: dependencies) { change in
            try await PlanRecordStore.setMet(milestone.id, on: day, expectedVersion: expectedVersion,
                                             at: dependencies.now(), on: change)
            change.audit(actor.record("milestone.met", "milestone", id: milestone.id.description,
                                      before: Audit.json(milestone), after: Audit.json(["met": day.iso])))
        }
    }
}
