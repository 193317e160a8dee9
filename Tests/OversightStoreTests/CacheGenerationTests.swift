import Fluent
import Foundation
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing

/// A change moves the cache generations of what it touched, with the change or not at all, and
/// nothing else: a lead's update on one plan leaves the plan next door, the scorecard and another
/// council's pages as they were kept.
@Suite("Cache generations")
struct CacheGenerationTests {
    let now = Date(timeIntervalSince1970: 1_484_733_600) // 18 January 2017, 10:00 UTC
    static let day = CalendarDate(dayNumber: 17_180)

    struct Fixture {
        var councils: (Council.ID, Council.ID)
        var plans: (Plan.ID, Plan.ID)
        var action: PlanAction.ID
        var inspection: Inspection.ID

        /// Every scope the fixture's changes could reach, in one order.
        var scopes: [CacheScope] {
            let (a, b) = councils
            return [.all, .accounts, .council(a), .core(a), .plans(a), .planList(a), .plan(plans.0), .plan(plans.1),
                    .scorecard(a), .risks(a), .meetings(a), .reports(a), .council(b), .core(b), .plans(b)]
        }
    }

    private func fixture(on db: any Database) async throws -> Fixture {
        let a = Council.ID(UUID()), b = Council.ID(UUID()), p1 = Plan.ID(UUID()), p2 = Plan.ID(UUID())
        let priority = Priority.ID(UUID()), action = PlanAction.ID(UUID()), inspection = Inspection.ID(UUID())
        let now = self.now
        try await UnitOfWork.seed(on: db) { change in
            try await CouncilStore.create(StoreTests.draft(), id: a, at: now, newID: { UUID() }, on: change)
            try await CouncilStore.create(StoreTests.draft("Southmoor Borough Council"), id: b, at: now, newID: { UUID() },
                                          on: change)
            for plan in [p1, p2] {
                try await PlanStore.create(PlanDraft(title: "Improvement plan", kind: .improvement, inspectionID: nil,
                                                     ownerID: nil, startDate: Self.day, endDate: nil),
                                           id: plan, in: a, at: now, newID: { UUID() }, on: change)
            }
            try await PlanStore.createPriority(PriorityDraft(number: 1, title: "Practice", outcome: nil, leadID: nil),
                                               id: priority, in: p1, at: now, on: change)
            try await InspectionStore.create(
                InspectionDraft(kind: .fullInspection, inspectorate: "Ofsted", framework: .sif, startDate: Self.day,
                                endDate: nil, publishedDate: nil, reportURL: nil),
                id: inspection, in: a, at: now, on: change)
        }
        let first = try #require(try await PlanStore.find(p1, in: a, on: db)?.priorities.first)
        try await UnitOfWork.seed(on: db) { change in
            try await PlanStore.createAction(
                ActionDraft(number: 1, what: "Audit 50 cases a month", how: nil, leadID: nil, startDate: nil,
                            dueDate: Self.day.adding(days: 90), revisedDueDate: nil, revisionReason: nil,
                            successMeasures: nil, status: .notStarted, recommendationIDs: []),
                id: action, in: first, carriedFrom: nil, at: now, newID: { UUID() }, on: change)
        }
        return Fixture(councils: (a, b), plans: (p1, p2), action: action, inspection: inspection)
    }

    /// Which of the fixture's scopes moved, and by how much, when a change touching `touched` was made.
    private func moved(by touched: Set<Touched>, fails: Bool = false, records: Bool = true, _ fixture: Fixture,
                       on db: any Database) async throws -> [CacheScope: Int] {
        struct Refused: Error {}
        let before = try await CacheGenerations.read(fixture.scopes, on: db)
        let now = self.now
        do {
            try await UnitOfWork.run(touching: touched, clock: { now }, newID: { UUID() }, on: db) { change in
                if records {
                    change.audit(AuditRecord(actorID: nil, actor: "test", action: "test.change", entityType: "test"))
                }
                if fails { throw Refused() }
            }
        } catch is Refused {}
        let after = try await CacheGenerations.read(fixture.scopes, on: db)
        var moved: [CacheScope: Int] = [:]
        for (scope, (old, new)) in zip(fixture.scopes, zip(before, after)) where new != old { moved[scope] = new - old }
        return moved
    }

    @Test("Work inside a plan moves that plan, the council's plans and the council, and nothing else")
    func insidePlan() async throws {
        try await TestDatabase.withMigrated { db in
            let f = try await fixture(on: db)
            let (a, _) = f.councils
            let expected: [CacheScope: Int] = [.plan(f.plans.0): 1, .plans(a): 1, .council(a): 1]
            #expect(try await moved(by: [.plan(f.plans.0)], f, on: db) == expected)
            #expect(try await moved(by: [.action(f.action)], f, on: db) == expected, "an action is found in its plan")
        }
    }

    @Test("A plan's own record also moves the council's list of plans; a council's details move its core")
    func recordsAndCore() async throws {
        try await TestDatabase.withMigrated { db in
            let f = try await fixture(on: db)
            let (a, b) = f.councils
            #expect(try await moved(by: [.planRecord(f.plans.1)], f, on: db)
                == [.plan(f.plans.1): 1, .plans(a): 1, .planList(a): 1, .council(a): 1])
            #expect(try await moved(by: [.council(b)], f, on: db) == [.council(b): 1, .core(b): 1])
            #expect(try await moved(by: [.inspection(f.inspection)], f, on: db) == [.council(a): 1, .core(a): 1],
                    "an inspection is found in its council")
            #expect(try await moved(by: [.scorecard(a), .risks(a)], f, on: db) == [.council(a): 1, .scorecard(a): 1, .risks(a): 1],
                    "two touches in one change move the council once")
            #expect(try await moved(by: [.meetings(a)], f, on: db) == [.council(a): 1, .meetings(a): 1])
            #expect(try await moved(by: [.reports(a)], f, on: db) == [.council(a): 1, .reports(a): 1],
                    "reports have a scope of their own for the search index's part")
            #expect(try await moved(by: [.accounts], f, on: db) == [.accounts: 1], "a sign-in moves no page")
            #expect(try await moved(by: [.everything], f, on: db) == [.all: 1])
        }
    }

    @Test("A change that fails, or a dry run that records nothing, moves nothing")
    func nothingWritten() async throws {
        try await TestDatabase.withMigrated { db in
            let f = try await fixture(on: db)
            #expect(try await moved(by: [.plan(f.plans.0)], fails: true, f, on: db).isEmpty)
            #expect(try await moved(by: [.plan(f.plans.0)], records: false, f, on: db).isEmpty)
        }
    }

    @Test("Something a change names but cannot find moves every page rather than none")
    func unknownMovesAll() async throws {
        try await TestDatabase.withMigrated { db in
            let f = try await fixture(on: db)
            #expect(try await moved(by: [.plan(.init(UUID()))], f, on: db) == [.all: 1])
        }
    }
}
