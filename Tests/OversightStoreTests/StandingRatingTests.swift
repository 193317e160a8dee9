import Fluent
import Foundation
import OversightDomain
@testable import OversightStore
import OversightTestSupport
import Testing

/// Each action's standing rating is kept with the action by every write to its updates: what the
/// plan pages show must be what the history says, after a submission, a return, an acceptance,
/// history written in bulk, and on a database made before the column was kept.
@Suite("Standing ratings")
struct StandingRatingTests {
    let start = Date(timeIntervalSince1970: 1_484_733_600) // 18 January 2017, 10:00 UTC

    @Test("The standing rating follows submissions, returns and acceptances, and is found again on an older database")
    func followsTheHistory() async throws {
        try await TestDatabase.withMigrated { db in
            let council = Council.ID(UUID()), plan = Plan.ID(UUID()), priorityID = Priority.ID(UUID())
            let first = PlanAction.ID(UUID()), second = PlanAction.ID(UUID()), period = UpdatePeriod.ID(UUID())
            let start = self.start
            try await UnitOfWork.seed(on: db) { change in
                try await CouncilStore.create(StoreTests.draft(), id: council, at: start, newID: { UUID() }, on: change)
                try await PlanStore.create(PlanDraft(title: "Improvement plan", kind: .improvement, inspectionID: nil,
                                                     ownerID: nil, startDate: CalendarDate(dayNumber: 17_180), endDate: nil),
                                           id: plan, in: council, at: start, newID: { UUID() }, on: change)
                try await PlanStore.createPriority(PriorityDraft(number: 1, title: "Practice", outcome: nil, leadID: nil),
                                                   id: priorityID, in: plan, at: start, on: change)
            }
            let priority = try #require(try await PlanStore.find(plan, in: council, on: db)?.priorities.first)
            try await UnitOfWork.seed(on: db) { change in
                for (number, id) in [(1, first), (2, second)] {
                    try await PlanStore.createAction(
                        ActionDraft(number: number, what: "Action \(number)", how: nil, leadID: nil, startDate: nil,
                                    dueDate: CalendarDate(dayNumber: 17_300), revisedDueDate: nil, revisionReason: nil,
                                    successMeasures: nil, status: .inProgress, recommendationIDs: []),
                        id: id, in: priority, at: start, newID: { UUID() }, on: change)
                }
                try await UpdateStore.openPeriod(period, plan: plan, month: CalendarDate(dayNumber: 17_167),
                                                 deadline: CalendarDate(dayNumber: 17_186), at: start, on: change)
            }

            @Sendable func standing() async throws -> [PlanAction.ID: Rating] {
                // As the plan pages read it: the standing ratings with the plan's actions.
                let standing = try #require(try await PlanStore.find(plan, in: council, on: db)).standing
                let summary = try await UpdateStore.summary(of: plan, standing: standing, periods: [period], openPeriod: period, on: db)
                let all = try await UpdateStore.updates(of: plan, on: db)
                #expect(summary == UpdateSummary(updates: all, openPeriod: period))
                return summary.latest
            }
            @Sendable func submit(_ rating: Rating, for action: PlanAction.ID, minutes: Double) async throws -> ActionUpdate.ID {
                let id = ActionUpdate.ID(UUID())
                try await UnitOfWork.seed(on: db) { change in
                    try await UpdateStore.submit(UpdateDraft(rating: rating, narrative: "\(rating)", evidenceLinks: []),
                                                 id: id, for: action, plan: plan, period: period, definitions: .standard,
                                                 by: "lead@northshire.example", at: start + minutes * 60, on: change)
                }
                return id
            }
            @Sendable func review(_ id: ActionUpdate.ID, _ state: UpdateState) async throws {
                let changed = try await UnitOfWork.seed(on: db) { change in
                    try await UpdateStore.review(id, to: state, comment: nil, by: "pm@northshire.example", on: change)
                }
                #expect(changed)
            }

            #expect(try await standing().isEmpty)
            let amber = try await submit(.amber, for: first, minutes: 1)
            #expect(try await standing() == [first: .amber])
            let green = try await submit(.green, for: first, minutes: 2)
            #expect(try await standing() == [first: .green])
            try await review(green, .returned)
            #expect(try await standing() == [first: .amber])
            try await review(amber, .accepted)
            #expect(try await standing() == [first: .amber])

            try await UnitOfWork.seed(on: db) { change in
                try await UpdateStore.insertHistory(
                    [(id: UUID(), action: second, period: period, draft: UpdateDraft(rating: .red, narrative: "Late", evidenceLinks: []),
                      author: "lead@northshire.example", at: start + 300, state: .accepted),
                     (id: UUID(), action: second, period: period, draft: UpdateDraft(rating: .blue, narrative: "Done", evidenceLinks: []),
                      author: "lead@northshire.example", at: start + 600, state: .accepted)],
                    plan: plan, on: change)
            }
            #expect(try await standing() == [first: .amber, second: .blue])

            // History no person typed breaks a constraint only by a fault: the database's own
            // error goes on, not a "duplicate" meant for a form's field.
            let twice = UUID()
            let failure = await #expect(throws: (any Error).self) {
                try await UnitOfWork.seed(on: db) { change in
                    try await UpdateStore.insertHistory(
                        [(id: twice, action: second, period: period, draft: UpdateDraft(rating: .red, narrative: "One", evidenceLinks: []),
                          author: "lead@northshire.example", at: start + 700, state: .accepted),
                         (id: twice, action: second, period: period, draft: UpdateDraft(rating: .red, narrative: "Two", evidenceLinks: []),
                          author: "lead@northshire.example", at: start + 800, state: .accepted)],
                        plan: plan, on: change)
                }
            }
            #expect(failure.map { !($0 is StoreError) } == true, "\(String(describing: failure))")
            #expect(try await standing() == [first: .amber, second: .blue])

            // A database made before the column: the migration finds every standing rating again.
            try await M0027_KeepStandingRatings().revert(on: db)
            try await M0027_KeepStandingRatings().prepare(on: db)
            #expect(try await standing() == [first: .amber, second: .blue])
        }
    }
}
