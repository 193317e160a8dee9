import Fluent
import OversightDomain
import OversightStore

/// Adds a council with its areas, and its audit entry, in one transaction.
struct CreateCouncil {
    var dependencies: Dependencies

    func callAsFunction(_ draft: CouncilDraft, by actor: Actor, on db: any Database) async throws -> Council.ID {
        let id = Council.ID(dependencies.newID())
        try await db.transaction { tx in
            try await CouncilStore.create(draft, id: id, at: dependencies.now(), newID: dependencies.newID, on: tx)
            try await Audit.write(actor.record("council.create", "council", id: id.description,
                                               after: Audit.json(draft)), on: tx, dependencies: dependencies)
        }
        return id
    }
}

/// Changes a council's details if nobody else has since the editor read them.
struct UpdateCouncil {
    var dependencies: Dependencies

    func callAsFunction(_ id: Council.ID, _ draft: CouncilDraft, expectedVersion: Int, by actor: Actor,
                        on db: any Database) async throws {
        try await db.transaction { tx in
            let before = try await CouncilStore.find(id, on: tx)
            try await CouncilStore.update(id, with: draft, expectedVersion: expectedVersion, at: dependencies.now(),
                                          newID: dependencies.newID, on: tx)
            try await Audit.write(actor.record("council.update", "council", id: id.description,
                                               before: before.flatMap(Audit.json), after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
    }
}

struct AddPerson {
    var dependencies: Dependencies

    func callAsFunction(_ draft: PersonDraft, to council: Council.ID, by actor: Actor,
                        on db: any Database) async throws -> Person.ID {
        let id = Person.ID(dependencies.newID())
        try await db.transaction { tx in
            try await PersonStore.create(draft, id: id, in: council, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("person.create", "person", id: id.description, after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
        return id
    }
}

struct UpdatePerson {
    var dependencies: Dependencies

    func callAsFunction(_ id: Person.ID, in council: Council.ID, _ draft: PersonDraft, expectedVersion: Int,
                        by actor: Actor, on db: any Database) async throws {
        try await db.transaction { tx in
            let before = try await PersonStore.find(id, in: council, on: tx)
            try await PersonStore.update(id, in: council, with: draft, expectedVersion: expectedVersion,
                                         at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("person.update", "person", id: id.description,
                                               before: before.flatMap(Audit.json), after: Audit.json(draft)),
                                  on: tx, dependencies: dependencies)
        }
    }
}
