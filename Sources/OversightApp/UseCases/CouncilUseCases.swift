import Fluent
import OversightDomain
import OversightStore

/// Adds a council with its areas, in one transaction.
struct CreateCouncil {
    var dependencies: Dependencies

    func callAsFunction(_ draft: CouncilDraft, on db: any Database) async throws -> Council.ID {
        let id = Council.ID(dependencies.newID())
        try await db.transaction { tx in
            try await CouncilStore.create(draft, id: id, at: dependencies.now(), newID: dependencies.newID, on: tx)
        }
        return id
    }
}

/// Changes a council's details if nobody else has since the editor read them.
struct UpdateCouncil {
    var dependencies: Dependencies

    func callAsFunction(_ id: Council.ID, _ draft: CouncilDraft, expectedVersion: Int,
                        on db: any Database) async throws {
        try await db.transaction { tx in
            try await CouncilStore.update(id, with: draft, expectedVersion: expectedVersion, at: dependencies.now(),
                                          newID: dependencies.newID, on: tx)
        }
    }
}

struct AddPerson {
    var dependencies: Dependencies

    func callAsFunction(_ draft: PersonDraft, to council: Council.ID, on db: any Database) async throws -> Person.ID {
        let id = Person.ID(dependencies.newID())
        try await db.transaction { tx in
            try await PersonStore.create(draft, id: id, in: council, at: dependencies.now(), on: tx)
        }
        return id
    }
}

struct UpdatePerson {
    var dependencies: Dependencies

    func callAsFunction(_ id: Person.ID, in council: Council.ID, _ draft: PersonDraft, expectedVersion: Int,
                        on db: any Database) async throws {
        try await db.transaction { tx in
            try await PersonStore.update(id, in: council, with: draft, expectedVersion: expectedVersion,
                                         at: dependencies.now(), on: tx)
        }
    }
}
