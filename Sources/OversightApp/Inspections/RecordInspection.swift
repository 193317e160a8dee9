import Fluent
import OversightDomain
import OversightStore

package struct RecordInspection {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: InspectionDraft, for council: Council.ID, by actor: Actor,
                                on db: any Database) async throws -> Inspection.ID {
        let id = Inspection.ID(dependencies.newID())
        try await Audit.changing(touching: [.council(council)], on: db, dependencies: dependencies) { change in
            try await InspectionStore.create(draft, id: id, in: council, at: dependencies.now(), on: change)
            change.audit(actor.record("inspection.create", "inspection", id: id.description,
                                      after: Audit.json(draft)))
        }
        return id
    }
}
