import Fluent
import OversightDomain
import OversightStore

package struct AddPerson {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ draft: PersonDraft, to council: Council.ID, by actor: Actor,
                                on db: any Database) async throws -> Person.ID {
        let id = Person.ID(dependencies.newID())
        try await Audit.changing(touching: [.council(council)], on: db, dependencies: dependencies) { change in
            try await PersonStore.create(draft, id: id, in: council, at: dependencies.now(), on: change)
            change.audit(actor.record("person.create", "person", id: id.description, after: Audit.json(draft)))
        }
        return id
    }
}
