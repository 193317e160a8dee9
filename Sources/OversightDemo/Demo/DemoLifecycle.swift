import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// The plans' lives in the demo: the Improvement Plan consulted on and approved by Cabinet in
/// March 2016, milestones on the actions still running, and the Continuous Improvement Plan that
/// carries the unfinished work forward, consulted on in September 2017 and approved by Cabinet on
/// 12 October 2017. Everything goes through the same use cases as the web pages.
enum DemoLifecycle {
    static func approveImprovementPlan(_ planID: Plan.ID, council: Council.ID, on db: any Database,
                                       dependencies: Dependencies) async throws {
        guard let record = try await PlanStore.find(planID, in: council, on: db) else { return }
        try await consult(record.plan, [
            ("Staff across children's services", DemoPlan.date(2016, 2, 8),
             "Staff welcomed the focus on the front door but asked for realistic dates for the workforce actions.",
             "The caseload and recruitment actions were given later due dates."),
            ("The Improvement Board", DemoPlan.date(2016, 2, 25),
             "The Board asked that every recommendation be answered by at least one action, and for monthly reporting.",
             "Actions were linked to every recommendation, and a monthly update cycle was added."),
        ], on: db, dependencies: dependencies)
        let fresh = try await PlanStore.find(planID, in: council, on: db) ?? record
        try await approve(fresh, council: council, PlanApproval(
            body: "Cabinet", meetingDate: DemoPlan.date(2016, 3, 17),
            decision: "Resolved: that the Children's Services Improvement Plan be approved and submitted to the Department for Education (minute 12)."),
            on: db, dependencies: dependencies)
        try await activate(planID, council: council, reason: "Work under the plan starts on approval", on: db,
                           dependencies: dependencies)
    }

    /// Dated steps on the actions still running in October 2017, some met and one late.
    static func seedMilestones(plan: Plan.ID, council: Council.ID, on db: any Database,
                               dependencies: Dependencies) async throws {
        guard let record = try await PlanStore.find(plan, in: council, on: db) else { return }
        let steps: [String: [(String, CalendarDate, CalendarDate?)]] = [
            "1.5": [("Police officers based in the hub", DemoPlan.date(2017, 4, 30), DemoPlan.date(2017, 4, 18)),
                    ("Health posts funded", DemoPlan.date(2017, 8, 31), DemoPlan.date(2017, 8, 24)),
                    ("Health staff in post", DemoPlan.date(2017, 12, 31), nil)],
            "2.2": [("Agency cover for the assessment teams agreed", DemoPlan.date(2017, 5, 31), DemoPlan.date(2017, 5, 26)),
                    ("Timeliness above 80% for three months running", DemoPlan.date(2017, 9, 30), nil)],
            "5.5": [("Regional commissioning review reported", DemoPlan.date(2017, 7, 31), nil),
                    ("Draft strategy to the Improvement Board", DemoPlan.date(2017, 11, 30), nil)],
        ]
        for action in record.actions {
            for (title, due, met) in steps[action.reference] ?? [] {
                try await AddMilestone(dependencies: dependencies)(to: action, title: title, due: due, by: .demo, on: db)
                if let met, let milestone = try await PlanRecordStore.milestones(of: action.id, on: db)
                    .first(where: { $0.title == title }) {
                    try await RecordMilestoneMet(dependencies: dependencies)(milestone, on: met, expectedVersion: 1,
                                                                           by: .demo, on: db)
                }
            }
        }
    }

    static func draftContinuousImprovementPlan(from planID: Plan.ID, council: Council.ID,
                                               review: (id: Inspection.ID, recommendations: [Int: Recommendation.ID])?,
                                               people: [String: Person.ID], on db: any Database,
                                               dependencies: Dependencies) async throws {
        guard let old = try await PlanStore.find(planID, in: council, on: db) else { return }
        let cipID = try await DraftSuccessor(dependencies: dependencies)(
            of: old,
            PlanDraft(title: "Children's Services Continuous Improvement Plan", kind: .continuousImprovement,
                      inspectionID: old.plan.inspectionID, alsoAnswers: review.map { [$0.id] } ?? [],
                      ownerID: people["Helen Marsh"],
                      startDate: DemoPlan.date(2017, 11, 1), endDate: DemoPlan.date(2019, 3, 31)),
            carrying: old.actions.filter { !$0.isFinished }.map(\.id), by: .demo, on: db)
        // New work to sustain and embed what the first plan achieved.
        let priority = try await AddPriority(dependencies: dependencies)(
            PriorityDraft(number: 9, title: "Sustaining and embedding improvement",
                          outcome: "The improvements made since 2016 last, because practice standards are owned by every team.",
                          leadID: people["Helen Marsh"]),
            to: cipID, by: .demo, on: db)
        let stored = Priority(id: priority, planID: cipID, number: 9, title: "Sustaining and embedding improvement",
                              outcome: nil, leadID: people["Helen Marsh"], version: 1)
        // Each answers a recommendation of the DfE review of December 2016.
        let newActions: [(String, String, CalendarDate, Int)] = [
            ("Publish practice standards written with front-line staff", "Tom Ellison", DemoPlan.date(2018, 3, 31), 2),
            ("Run a quarterly practice week of audits with senior leaders", "David Okafor", DemoPlan.date(2018, 6, 30), 2),
            ("Hand the Improvement Board's oversight to the Children's Services Scrutiny Committee", "Helen Marsh", DemoPlan.date(2019, 3, 31), 2),
            ("Recruit forty more local foster carers and open a four-bed children's home", "Sarah Whitlock", DemoPlan.date(2018, 9, 30), 1),
        ]
        for (index, item) in newActions.enumerated() {
            _ = try await AddAction(dependencies: dependencies)(
                ActionDraft(number: index + 1, what: item.0, how: nil, leadID: people[item.1],
                            startDate: DemoPlan.date(2017, 11, 1), dueDate: item.2, revisedDueDate: nil,
                            revisionReason: nil, successMeasures: nil, status: .notStarted,
                            recommendationIDs: [review?.recommendations[item.3]].compactMap { $0 }),
                to: stored, by: .demo, on: db)
        }
        guard let cip = try await PlanStore.find(cipID, in: council, on: db) else { return }
        try await transition(cip.plan, .startConsultation, reason: "Draft shared for consultation in September 2017",
                             on: db, dependencies: dependencies)
        let consulting = try await PlanStore.find(cipID, in: council, on: db) ?? cip
        try await consult(consulting.plan, [
            ("Staff across children's services", DemoPlan.date(2017, 9, 12),
             "Staff asked that the new plan be shorter and keep the practice standards at its centre.",
             "Completed actions were left out, and a priority on sustaining practice standards was added."),
            ("The Improvement Board", DemoPlan.date(2017, 9, 21),
             "The Board agreed the carried-forward actions and asked for a date to hand oversight to Scrutiny.",
             "Action 9.3 sets March 2019 for the handover."),
            ("Children's Services Management Team", DemoPlan.date(2017, 9, 26),
             "Managers asked for milestones on the actions still running from the first plan.",
             "Milestones were added to actions 1.5, 2.2 and 5.5."),
        ], on: db, dependencies: dependencies)
        let ready = try await PlanStore.find(cipID, in: council, on: db) ?? consulting
        try await approve(ready, council: council, PlanApproval(
            body: "Cabinet", meetingDate: DemoPlan.date(2017, 10, 12),
            decision: "Resolved: that the Children's Services Continuous Improvement Plan be approved (minute 7)."),
            on: db, dependencies: dependencies)
    }

    private static func consult(_ plan: Plan, _ rounds: [(String, CalendarDate, String, String)], on db: any Database,
                                dependencies: Dependencies) async throws {
        for (who, when, feedback, response) in rounds {
            try await RecordConsultation(dependencies: dependencies)(plan, consulted: who, date: when,
                                                                     feedback: feedback, response: response,
                                                                     by: .demo, on: db)
        }
    }

    private static func approve(_ record: PlanRecord, council: Council.ID, _ approval: PlanApproval,
                                on db: any Database, dependencies: Dependencies) async throws {
        let (inspection, others) = try await record.plan.inspections(on: db)
        let people = try await PersonStore.all(in: council, on: db)
        try await ApprovePlan(dependencies: dependencies)(
            record, snapshot: PlanSnapshot(record, inspection: inspection, others: others,
                                           people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })),
            approval: approval, expectedVersion: record.plan.version, by: .demo, on: db)
    }

    private static func activate(_ planID: Plan.ID, council: Council.ID, reason: String, on db: any Database,
                                 dependencies: Dependencies) async throws {
        guard let plan = try await PlanStore.find(planID, in: council, on: db)?.plan else { return }
        try await transition(plan, .activate, reason: reason, on: db, dependencies: dependencies)
    }

    private static func transition(_ plan: Plan, _ event: PlanEvent, reason: String, on db: any Database,
                                   dependencies: Dependencies) async throws {
        try await TransitionPlan(dependencies: dependencies)(plan, event, reason: reason,
                                                             expectedVersion: plan.version, by: .demo, on: db)
    }
}
