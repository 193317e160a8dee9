import Fluent
import Foundation
import OversightDomain
import OversightStore

package struct RecordConsultation {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ plan: Plan, consulted: String, date: CalendarDate, feedback: String, response: String?,
                                by actor: Actor, on db: any Database) async throws {
        guard plan.status.isEditable else { throw PlanError.notEditable(plan.status) }
        let consultation = Consultation(id: .init(dependencies.newID()), planID: plan.id, consulted: consulted,
                                        date: date, feedback: feedback, response: response)
        try await Audit.changing(touching: [.plan(plan.id)], on: db, dependencies: dependencies) { change in
            try await PlanRecordStore.addConsultation(consultation, at: dependencies.now(), on: change)
            change.audit(actor.record("plan.consultation", "plan", id: plan.id.description,
                                      after: Audit.json(consultation)))
        }
    }
}
