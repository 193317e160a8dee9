import Fluent
import Foundation
import OversightDomain

public struct PersonDraft: Equatable, Sendable, Codable {
    public var name: String
    public var jobTitle: String?
    public var telephone: String?
    public var email: String?

    public init(name: String, jobTitle: String?, telephone: String?, email: String?) {
        self.name = name
        self.jobTitle = jobTitle
        self.telephone = telephone
        self.email = email
    }
}

/// Every read is scoped by council: a person of another council is simply not found.
public enum PersonStore {
    public static func all(in council: Council.ID, on db: any Database) async throws -> [Person] {
        // Read by column position (`ColumnRows`): every plan page lists the council's people.
        try await ColumnRows.read("""
            SELECT id, council_id, name, job_title, telephone, email, version FROM people
            WHERE council_id = \(bind: council.rawValue) ORDER BY name
            """, on: db).map { row in
            Person(id: .init(try row.uuid(0)), councilID: .init(try row.uuid(1)), name: try row.string(2),
                   jobTitle: try row.optionalString(3), telephone: try row.optionalString(4), email: try row.optionalString(5),
                   version: try row.int(6))
        }
    }

    public static func find(_ id: Person.ID, in council: Council.ID, on db: any Database) async throws -> Person? {
        try await PersonModel.query(on: db).filter(\.$id == id.rawValue)
            .filter(\.$council.$id == council.rawValue).first()?.toDomain()
    }

    public static func count(in council: Council.ID, on db: any Database) async throws -> Int {
        try await PersonModel.query(on: db).filter(\.$council.$id == council.rawValue).count()
    }

    public static func create(_ draft: PersonDraft, id: Person.ID, in council: Council.ID, at now: Date,
                              on change: Change) async throws {
        let db = change.written()
        let model = PersonModel()
        model.id = id.rawValue
        model.$council.id = council.rawValue
        fill(model, from: draft)
        try await model.createFirstVersion(at: now, on: db)
    }

    public static func update(_ id: Person.ID, in council: Council.ID, with draft: PersonDraft,
                              expectedVersion: Int, at now: Date, on change: Change) async throws {
        let db = change.written()
        guard try await find(id, in: council, on: db) != nil else { throw StoreError.notFound }
        try await VersionedUpdate.apply(PersonModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { fill($0, from: draft) }
    }

    private static func fill(_ model: PersonModel, from draft: PersonDraft) {
        model.name = draft.name
        model.jobTitle = draft.jobTitle
        model.telephone = draft.telephone
        model.email = draft.email
    }
}
