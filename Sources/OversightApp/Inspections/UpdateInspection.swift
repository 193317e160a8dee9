import Fluent
import OversightDomain
import OversightStore

struct UpdateInspection {
    var dependencies: Dependencies

    func callAsFunction(_ id: Inspection.ID, in council: Council.ID, _ draft: InspectionDraft, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        try await Audit.changing(touching: [.council(council)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            let before = try await InspectionStore.find(id, in: council, on: tx)?.inspection
            try await InspectionStore.update(id, in: council, with: draft, expectedVersion: expectedVersion,
                                             at: dependencies.now(), on: change)
            change.audit(actor.record("inspection.update", "inspection", id: id.description,
                                      before: before.flatMap(Audit.json), after: Audit.json(draft)))
        }
    }
}
