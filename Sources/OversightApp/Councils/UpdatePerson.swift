import Fluent
import OversightDomain
import OversightStore

struct UpdatePerson {
    var dependencies: Dependencies

    func callAsFunction(_ id: Person.ID, in council: Council.ID, _ draft: PersonDraft, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        try await Audit.changing(touching: [.council(council)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            let before = try await PersonStore.find(id, in: council, on: tx)
            try await PersonStore.update(id, in: council, with: draft, expectedVersion: expectedVersion,
                                         at: dependencies.now(), on: change)
            change.audit(actor.record("person.update", "person", id: id.description,
                                      before: before.flatMap(Audit.json), after: Audit.json(draft)))
        }
    }
}
