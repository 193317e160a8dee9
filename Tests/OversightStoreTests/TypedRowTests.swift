import Fluent
import Foundation
import OversightDomain
import OversightStore
import OversightTestSupport
import Testing

/// Rows written and read through their model's own fields (the action's and the risk's): what an
/// edit holds is what is saved, what it does not hold is kept, and a stale edit changes nothing.
@Suite("Typed rows")
struct TypedRowTests {
    let now = Date(timeIntervalSince1970: 1_484_733_600) // 18 January 2017, 10:00 UTC
    static func day(_ n: Int) -> CalendarDate { CalendarDate(dayNumber: 17_180 + n) }

    @Test("An action's edit saves every field, empties the ones cleared, keeps what it carries forward, and refuses a stale version")
    func actionEdit() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID()), plan = Plan.ID(UUID()), earlier = Plan.ID(UUID())
            let priorityID = Priority.ID(UUID()), action = PlanAction.ID(UUID()), carried = PlanAction.ID(UUID())
            let lead = Person.ID(UUID()), now = self.now
            let draft = ActionDraft(number: 1, what: "Audit 50 cases a month", how: "Practice leads", leadID: lead,
                                    startDate: Self.day(0), dueDate: Self.day(90), revisedDueDate: nil, revisionReason: nil,
                                    successMeasures: "90% good or better", status: .inProgress, recommendationIDs: [])
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(StoreTests.draft(), id: council, at: now, newID: { UUID() }, on: change)
                try await PersonStore.create(PersonDraft(name: "Helen Marsh", jobTitle: nil, telephone: nil, email: nil),
                                             id: lead, in: council, at: now, on: change)
                for id in [earlier, plan] {
                    try await PlanStore.create(PlanDraft(title: "Improvement plan", kind: .improvement, inspectionID: nil,
                                                         ownerID: nil, startDate: Self.day(0), endDate: nil),
                                               id: id, in: council, at: now, newID: { UUID() }, on: change)
                }
                try await PlanStore.createPriority(PriorityDraft(number: 1, title: "Practice", outcome: nil, leadID: nil),
                                                   id: priorityID, in: plan, at: now, on: change)
            }
            let priority = try #require(try await PlanStore.find(plan, in: council, on: db)?.priorities.first)
            try await UnitOfWork.seed(on: db) { change in
                try await PlanStore.createAction(draft, id: action, in: priority, carriedFrom: carried, at: now,
                                                 newID: { UUID() }, on: change)
            }
            let before = try #require(try await PlanStore.find(plan, in: council, on: db)?.actions.first)
            #expect(before.draft == draft && before.carriedFromID == carried && before.version == 1)

            var edited = draft
            edited.what = "Audit 60 cases a month"
            edited.how = nil
            edited.leadID = nil
            edited.revisedDueDate = Self.day(120)
            edited.revisionReason = "Agency staff left"
            edited.status = .withdrawn
            edited.withdrawalReason = "Replaced by action 1.2"
            try await UnitOfWork.seed(on: db) { [edited] change in
                try await PlanStore.updateAction(action, in: priority, with: edited, previous: before, expectedVersion: 1,
                                                 at: now, newID: { UUID() }, on: change)
            }
            let after = try #require(try await PlanStore.find(plan, in: council, on: db)?.actions.first)
            #expect(after.draft == edited)
            #expect(after.carriedFromID == carried && after.revisionCount == 1 && after.version == 2)
            #expect(after.priorityID == priorityID && after.reference == "1.1")

            var stale = draft
            stale.what = "Someone else's words"
            await #expect(throws: StoreError.staleEdit) {
                try await UnitOfWork.seed(on: db) { [stale] change in
                    try await PlanStore.updateAction(action, in: priority, with: stale, previous: before, expectedVersion: 1,
                                                     at: now, newID: { UUID() }, on: change)
                }
            }
            #expect(try await PlanStore.find(plan, in: council, on: db)?.actions.first == after)
        }
    }

    @Test("Actions written many to a statement read back as drafted, every field, with their history's standing rating")
    func bulkActions() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID()), plan = Plan.ID(UUID()), priorityID = Priority.ID(UUID())
            let lead = Person.ID(UUID()), period = UpdatePeriod.ID(UUID()), now = self.now
            let full = ActionDraft(number: 1, what: "Audit 50 cases a month", how: "Practice leads", leadID: lead,
                                   startDate: Self.day(0), dueDate: Self.day(90), revisedDueDate: Self.day(120),
                                   revisionReason: "Agency staff left", successMeasures: "90% good or better",
                                   status: .inProgress, recommendationIDs: [])
            let bare = ActionDraft(number: 2, what: "Close the old plan", how: nil, leadID: nil, startDate: nil,
                                   dueDate: Self.day(30), revisedDueDate: nil, revisionReason: nil, successMeasures: nil,
                                   status: .notStarted, recommendationIDs: [])
            let ids = [PlanAction.ID(UUID()), PlanAction.ID(UUID())]
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(StoreTests.draft(), id: council, at: now, newID: { UUID() }, on: change)
                try await PersonStore.create(PersonDraft(name: "Helen Marsh", jobTitle: nil, telephone: nil, email: nil),
                                             id: lead, in: council, at: now, on: change)
                try await PlanStore.create(PlanDraft(title: "Imported tracker", kind: .improvement, inspectionID: nil,
                                                     ownerID: nil, startDate: Self.day(0), endDate: nil),
                                           id: plan, in: council, at: now, newID: { UUID() }, on: change)
                try await PlanStore.createPriority(PriorityDraft(number: 1, title: "Practice", outcome: nil, leadID: nil),
                                                   id: priorityID, in: plan, at: now, on: change)
            }
            let priority = try #require(try await PlanStore.find(plan, in: council, on: db)?.priorities.first)
            try await UnitOfWork.seed(on: db) { change in
                try await PlanStore.createActions([(ids[0], full), (ids[1], bare)], in: priority, at: now, on: change)
                try await UpdateStore.openPeriod(period, plan: plan, month: Self.day(0), deadline: Self.day(19), at: now, on: change)
                try await UpdateStore.insertHistory(
                    [(id: UUID(), action: ids[0], period: period, draft: UpdateDraft(rating: .amber, narrative: "Behind", evidenceLinks: []),
                      author: "lead@northshire.example", at: now, state: .accepted)], plan: plan, on: change)
            }
            let record = try #require(try await PlanStore.find(plan, in: council, on: db))
            let actions = record.actions
            #expect(actions.map(\.id) == ids)
            #expect(actions.map(\.draft) == [full, bare])
            #expect(actions.allSatisfy { $0.version == 1 && $0.carriedFromID == nil && $0.priorityID == priorityID })
            #expect(actions.map(\.revisionCount) == [1, 0])
            let updates = try await UpdateStore.updates(of: plan, on: db)
            #expect(updates.map(\.narrative) == ["Behind"] && updates.first?.state == .accepted)
            #expect(record.standing == [ids[0]: .amber])
            let summary = try await UpdateStore.summary(of: plan, standing: record.standing, periods: [period], openPeriod: period, on: db)
            #expect(summary.reportedCount == [period: 1] && summary.reportedInOpen == [ids[0]])
        }
    }

    @Test("A risk's edit saves every changeable field and keeps its reference; a stale one changes nothing")
    func riskEdit() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID()), owner = Person.ID(UUID()), other = Person.ID(UUID()), now = self.now
            let low = try #require(RiskScore(likelihood: 2, impact: 2)), high = try #require(RiskScore(likelihood: 4, impact: 5))
            let risk = Risk(id: .init(UUID()), councilID: council, reference: "R1", title: "Caseloads", cause: "Vacancies",
                            event: "Social workers hold too many cases", consequence: "Children wait", category: .workforce,
                            ownerID: owner, raisedOn: Self.day(0), inherent: high, current: high, target: low,
                            targetReason: nil, proximity: .nearTerm)
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(StoreTests.draft(), id: council, at: now, newID: { UUID() }, on: change)
                for (id, name) in [(owner, "Helen Marsh"), (other, "Sam Patel")] {
                    try await PersonStore.create(PersonDraft(name: name, jobTitle: nil, telephone: nil, email: nil),
                                                 id: id, in: council, at: now, on: change)
                }
                try await RiskStore.create(risk, at: now, on: change)
            }
            var edited = risk
            edited.reference = "R99"
            edited.title = "Caseloads above 25"
            edited.ownerID = other
            edited.current = low
            edited.targetReason = "Agency staff replaced by permanent posts"
            edited.status = .closed
            edited.lastReviewedOn = Self.day(30)
            try await UnitOfWork.seed(on: db) { [edited] change in
                try await RiskStore.save(edited, expectedVersion: 1, at: now, on: change)
            }
            var expected = edited
            expected.reference = "R1"
            expected.version = 2
            #expect(try await RiskStore.find(risk.id, in: council, on: db) == expected)
            await #expect(throws: StoreError.staleEdit) {
                try await UnitOfWork.seed(on: db) { change in try await RiskStore.save(risk, expectedVersion: 1, at: now, on: change) }
            }
            #expect(try await RiskStore.find(risk.id, in: council, on: db) == expected)
        }
    }
}
