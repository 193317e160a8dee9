import Fluent
import Foundation
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing

/// Store tests run on a real database: in-memory SQLite, or PostgreSQL when DATABASE_URL is set.
@Suite("Store")
struct StoreTests {
    let now = Date(timeIntervalSince1970: 1_484_733_600) // 18 January 2017, 10:00 UTC

    static func draft(_ name: String = "Northshire County Council") -> CouncilDraft {
        CouncilDraft(name: name, kind: .county, areaLabel: .electoralDivisions, areas: ["Fenwick", "Ashby Moor"],
                     financialYearStart: .firstOfApril)
    }

    @Test("A council keeps its areas in the order given")
    func councilRoundTrip() async throws {
        try await TestDatabase.withMigrated { db in
            let id = Council.ID(UUID())
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(Self.draft(), id: id, at: now, newID: { UUID() }, on: change)
            }
            let council = try #require(try await CouncilStore.find(id, on: db))
            #expect(council.name == "Northshire County Council")
            #expect(council.areas == ["Fenwick", "Ashby Moor"])
            #expect(council.version == 1)
        }
    }

    @Test("An edit made from a stale version is refused and changes nothing")
    func optimisticLocking() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID())
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(Self.draft(), id: council, at: now, newID: { UUID() }, on: change)
            }
            let id = Person.ID(UUID())
            let original = PersonDraft(name: "Helen Marsh", jobTitle: nil, telephone: nil, email: nil)
            try await UnitOfWork.seed(on: db) { change in
                try await PersonStore.create(original, id: id, in: council, at: now, on: change)
            }

            var first = original
            first.jobTitle = "Director of Children's Services"
            try await UnitOfWork.seed(on: db) { [first] change in
                try await PersonStore.update(id, in: council, with: first, expectedVersion: 1, at: now, on: change)
            }

            var second = original
            second.jobTitle = "Something else"
            await #expect(throws: StoreError.staleEdit) {
                try await UnitOfWork.seed(on: db) { [second] change in
                    try await PersonStore.update(id, in: council, with: second, expectedVersion: 1, at: now, on: change)
                }
            }
            let saved = try #require(try await PersonStore.find(id, in: council, on: db))
            #expect(saved.jobTitle == "Director of Children's Services")
            #expect(saved.version == 2)
        }
    }

    @Test("Reads are scoped by council: another council's person is not found")
    func scoping() async throws {
        try await TestDatabase.withMigrated { db in
            let north = Council.ID(UUID()), south = Council.ID(UUID())
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(Self.draft(), id: north, at: now, newID: { UUID() }, on: change)
            }
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(Self.draft("Southshire Council"), id: south, at: now, newID: { UUID() }, on: change)
            }
            let id = Person.ID(UUID())
            try await UnitOfWork.seed(on: db) { change in
                try await PersonStore.create(.init(name: "Helen Marsh", jobTitle: nil, telephone: nil, email: nil),
                                             id: id, in: north, at: now, on: change)
            }
            #expect(try await PersonStore.find(id, in: south, on: db) == nil)
            #expect(try await PersonStore.all(in: south, on: db).isEmpty)
            await #expect(throws: StoreError.notFound) {
                try await UnitOfWork.seed(on: db) { change in
                    try await PersonStore.update(id, in: south, with: .init(name: "X", jobTitle: nil, telephone: nil, email: nil),
                                                 expectedVersion: 1, at: now, on: change)
                }
            }
        }
    }

    @Test("An inspection loads with its judgements and numbered recommendations in order")
    func inspectionRecord() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID())
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(Self.draft(), id: council, at: now, newID: { UUID() }, on: change)
            }
            let inspection = Inspection.ID(UUID())
            let start = try #require(CalendarDate(year: 2015, month: 9, day: 14))
            try await UnitOfWork.seed(on: db) { change in try await InspectionStore.create(
                InspectionDraft(kind: .fullInspection, inspectorate: "Ofsted", framework: .sif, startDate: start,
                                endDate: nil, publishedDate: CalendarDate(year: 2015, month: 11, day: 27), reportURL: nil),
                id: inspection, in: council, at: now, on: change) }
            for number in [3, 1, 2] {
                try await UnitOfWork.seed(on: db) { change in try await FindingStore.createRecommendation(
                    .init(number: number, text: "Recommendation \(number)", area: nil, isPriorityAction: false),
                    id: .init(UUID()), for: inspection, at: now, on: change) }
            }
            try await UnitOfWork.seed(on: db) { change in
                try await FindingStore.createJudgement(.init(body: "Children's services", area: .overallEffectiveness,
                                                             grade: .inadequate),
                                                       id: .init(UUID()), for: inspection, at: now, on: change)
            }
            let record = try #require(try await InspectionStore.find(inspection, in: council, on: db))
            #expect(record.recommendations.map(\.number) == [1, 2, 3])
            #expect(record.judgements.map(\.grade) == [.inadequate])
            #expect(record.inspection.publishedDate?.ukLong == "27 November 2015")
        }
    }

    @Test("Two recommendations cannot share a number in one inspection")
    func duplicateNumber() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID())
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(Self.draft(), id: council, at: now, newID: { UUID() }, on: change)
            }
            let inspection = Inspection.ID(UUID())
            try await UnitOfWork.seed(on: db) { change in try await InspectionStore.create(
                InspectionDraft(kind: .monitoringVisit, inspectorate: "Ofsted", framework: .sif,
                                startDate: try #require(CalendarDate(year: 2016, month: 6, day: 14)),
                                endDate: nil, publishedDate: nil, reportURL: nil),
                id: inspection, in: council, at: now, on: change) }
            let draft = RecommendationDraft(number: 1, text: "One", area: nil, isPriorityAction: true)
            try await UnitOfWork.seed(on: db) { change in
                try await FindingStore.createRecommendation(draft, id: .init(UUID()), for: inspection, at: now, on: change)
            }
            await #expect(throws: StoreError.duplicate(field: "number")) {
                try await UnitOfWork.seed(on: db) { change in
                    try await FindingStore.createRecommendation(draft, id: .init(UUID()), for: inspection, at: now, on: change)
                }
            }
        }
    }

    @Test("Migrations can run twice: the second run finds nothing to do")
    func migrationsIdempotent() async throws {
        try await TestDatabase.withMigrated { db in
            try await MigrationRunner.migrate(db, isPostgres: TestDatabase.postgresURL != nil)
            #expect(try await MigrationRunner.pending(db).isEmpty)
        }
    }
}

@Suite("Migrations")
struct MigrationConcurrencyTests {
    /// Several instances share a database only on PostgreSQL; SQLite serves one process.
    @Test("Two instances starting together on one database both migrate safely",
          .enabled(if: TestDatabase.postgresURL != nil, "needs DATABASE_URL"))
    func concurrentMigrations() async throws {
        let test = try await TestDatabase.make()
        let location = test.location
        async let first: Void = TestDatabase.withDatabase(location) { db in
            try await MigrationRunner.migrate(db, isPostgres: location.isPostgres)
        }
        async let second: Void = TestDatabase.withDatabase(location) { db in
            try await MigrationRunner.migrate(db, isPostgres: location.isPostgres)
        }
        _ = try await (first, second)
        let pending = try await TestDatabase.withDatabase(location) { db in try await MigrationRunner.pending(db) }
        #expect(pending.isEmpty)
        try await test.drop()
    }
}
