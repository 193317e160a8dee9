import Fluent
import Foundation
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing

/// The one write path: a change is written with its audit entries or not at all.
@Suite("Unit of work")
struct UnitOfWorkTests {
    let now = Date(timeIntervalSince1970: 1_484_733_600) // 18 January 2017, 10:00 UTC

    static func record(_ action: String) -> AuditRecord {
        AuditRecord(actorID: nil, actor: "test", action: action, entityType: "council", entityID: nil, before: nil,
                    after: nil, address: nil)
    }

    @Test("A change that writes but records no audit entry is refused and leaves nothing behind")
    func unauditedChangeRolledBack() async throws {
        try await TestDatabase.withMigrated { (db: any Database) async throws -> Void in
            let id = Council.ID(UUID()), now = self.now
            await #expect(throws: UnitOfWork.Unaudited.self) {
                try await UnitOfWork.run(touching: [.everything], clock: { now }, newID: { UUID() }, on: db) { change in
                    try await CouncilStore.create(StoreTests.draft(), id: id, at: now, newID: { UUID() }, on: change)
                }
            }
            #expect(try await CouncilStore.find(id, on: db) == nil)
            #expect(try await AuditStore.head(on: db) == 0)
        }
    }

    @Test("A change and its entries are written together, the entries in the order they were recorded")
    func changeWithEntries() async throws {
        try await TestDatabase.withMigrated { (db: any Database) async throws -> Void in
            let id = Council.ID(UUID()), now = self.now
            try await UnitOfWork.run(touching: [.everything], clock: { now }, newID: { UUID() }, on: db) { change in
                change.audit(Self.record("council.create"))
                try await CouncilStore.create(StoreTests.draft(), id: id, at: now, newID: { UUID() }, on: change)
                change.audit(Self.record("council.note"))
            }
            #expect(try await CouncilStore.find(id, on: db) != nil)
            let entries = try await AuditStore.list(.init(), limit: 10, on: db).entries
            #expect(entries.map(\.record.action).sorted() == ["council.create", "council.note"])
            #expect(entries.sorted { $0.seq < $1.seq }.map(\.record.action) == ["council.create", "council.note"])
        }
    }

    @Test("A change that fails after writing writes neither the change nor its entry")
    func failedChangeWritesNothing() async throws {
        struct Refused: Error {}
        try await TestDatabase.withMigrated { (db: any Database) async throws -> Void in
            let id = Council.ID(UUID()), now = self.now
            await #expect(throws: Refused.self) {
                try await UnitOfWork.run(touching: [.everything], clock: { now }, newID: { UUID() }, on: db) { change in
                    try await CouncilStore.create(StoreTests.draft(), id: id, at: now, newID: { UUID() }, on: change)
                    change.audit(Self.record("council.create"))
                    throw Refused()
                }
            }
            #expect(try await CouncilStore.find(id, on: db) == nil)
            #expect(try await AuditStore.head(on: db) == 0)
        }
    }

    @Test("A stale version inside a change is refused as a stale edit, with nothing written")
    func staleVersion() async throws {
        try await TestDatabase.withMigrated { (db: any Database) async throws -> Void in
            let council = Council.ID(UUID()), person = Person.ID(UUID()), now = self.now
            let draft = PersonDraft(name: "Helen Marsh", jobTitle: nil, telephone: nil, email: nil)
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(StoreTests.draft(), id: council, at: now, newID: { UUID() }, on: change)
                try await PersonStore.create(draft, id: person, in: council, at: now, on: change)
            }
            await #expect(throws: StoreError.staleEdit) {
                try await UnitOfWork.run(touching: [.everything], clock: { now }, newID: { UUID() }, on: db) { change in
                    change.audit(Self.record("person.update"))
                    try await PersonStore.update(person, in: council, with: draft, expectedVersion: 7, at: now, on: change)
                }
            }
            #expect(try await AuditStore.head(on: db) == 0)
        }
    }

    @Test("Reading inside a unit of work (a dry run) needs no entry and writes none")
    func readOnly() async throws {
        try await TestDatabase.withMigrated { (db: any Database) async throws -> Void in
            let now = self.now
            let count: Int = try await UnitOfWork.run(touching: [.everything], clock: { now }, newID: { UUID() }, on: db) { change in
                try await CouncilStore.count(on: change.db)
            }
            #expect(count == 0)
            #expect(try await AuditStore.head(on: db) == 0)
        }
    }
}
