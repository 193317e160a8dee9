import Fluent
import Foundation
import OversightDomain
import OversightStore

package struct AddMilestone {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(to action: PlanAction, title: String, due: CalendarDate, by actor: Actor,
                                on db: any Database) async throws {
        let milestone = Milestone(id: .init(dependencies.newID()), actionID: action.id, title: title, dueDate: due,
                                  metDate: nil, version: 1)
        try await Audit.changing(touching: [.action(action.id)], on: db, dependencies: dependencies) { change in
            try await PlanRecordStore.addMilestone(milestone, at: dependencies.now(), on: change)
            change.audit(actor.record("milestone.create", "milestone", id: milestone.id.description,
                                      after: Audit.json(milestone)))
        }
    }
}
