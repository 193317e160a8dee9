import Foundation
@testable import OversightApp
import OversightDomain
import Testing

/// The plans policy as a table: who may do what to which plan, action and update.
@Suite("Plan policy")
struct PlanPolicyTests {
    static let lead = Person.ID(UUID())

    /// A viewer holding `role`, linked to the action's lead when `leads` is true.
    static func viewer(_ role: Role?, leads: Bool = false) -> Viewer? {
        guard let role else { return nil }
        return Viewer(user: User(id: .init(UUID()), email: "someone@northshire.example", displayName: "Someone",
                                 personID: leads ? lead : Person.ID(UUID()), roles: [role], isActive: true, version: 1),
                      csrfToken: nil, sessionID: nil)
    }

    static func plan(_ status: PlanStatus) -> Plan {
        Plan(id: .init(UUID()), councilID: .init(UUID()), title: "Improvement Plan", kind: .improvement, inspectionID: nil,
             ownerID: nil, startDate: CalendarDate(dayNumber: 17_000), endDate: nil, status: status, predecessorID: nil,
             version: 1)
    }

    static func action(_ status: ActionStatus = .inProgress) -> PlanAction {
        PlanAction(id: .init(UUID()), priorityID: .init(UUID()), reference: "1.1", what: "Audit cases", how: nil, leadID: lead,
                   startDate: nil, dueDate: CalendarDate(dayNumber: 17_300), revisedDueDate: nil, revisionReason: nil,
                   revisionCount: 0, successMeasures: nil, status: status, recommendationIDs: [], version: 1)
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var role: Role?
        var leads: Bool
        var plan: PlanStatus
        var expected: Authorisation
        var testDescription: String { "\(role?.rawValue ?? "the public")\(leads ? " (the lead)" : ""), \(plan.rawValue) plan" }
    }

    @Test("Writing an action's update: its lead or a plan editor, while the plan runs", arguments: [
        Row(role: .administrator, leads: false, plan: .active, expected: .allowed),
        Row(role: .programmeManager, leads: false, plan: .approved, expected: .allowed),
        Row(role: .contributor, leads: true, plan: .active, expected: .allowed),
        Row(role: .contributor, leads: true, plan: .approved, expected: .allowed),
        Row(role: .contributor, leads: false, plan: .active, expected: .refused(.submitOwnUpdates)),
        Row(role: .contributor, leads: true, plan: .draft, expected: .refused(.submitOwnUpdates)),
        Row(role: .contributor, leads: true, plan: .closed, expected: .refused(.submitOwnUpdates)),
        Row(role: .programmeManager, leads: false, plan: .closed, expected: .refused(.submitOwnUpdates)),
        Row(role: .viewer, leads: true, plan: .active, expected: .refused(.submitOwnUpdates)),
        Row(role: .boardMember, leads: true, plan: .active, expected: .refused(.submitOwnUpdates)),
        Row(role: nil, leads: false, plan: .active, expected: .refused(.submitOwnUpdates)),
    ])
    func writeUpdate(row: Row) {
        let policy = PlanPolicy(Self.viewer(row.role, leads: row.leads))
        #expect(policy.writeUpdate(for: Self.action(), in: Self.plan(row.plan)) == row.expected)
    }

    @Test("Changing a plan's content: editors, until it closes", arguments: [
        Row(role: .administrator, leads: false, plan: .draft, expected: .allowed),
        Row(role: .programmeManager, leads: false, plan: .active, expected: .allowed),
        Row(role: .programmeManager, leads: false, plan: .closed, expected: .notNow("A closed plan cannot be changed")),
        Row(role: .contributor, leads: true, plan: .active, expected: .refused(.editPlans)),
        Row(role: .contributor, leads: true, plan: .closed, expected: .refused(.editPlans)),
        Row(role: .seniorLeader, leads: false, plan: .draft, expected: .refused(.editPlans)),
        Row(role: nil, leads: false, plan: .draft, expected: .refused(.editPlans)),
    ])
    func change(row: Row) {
        #expect(PlanPolicy(Self.viewer(row.role, leads: row.leads)).change(Self.plan(row.plan)) == row.expected)
    }

    @Test("Milestones: the lead or an editor while the plan runs; an editor alone once the action is finished")
    func milestones() {
        let contributor = PlanPolicy(Self.viewer(.contributor, leads: true))
        let stranger = PlanPolicy(Self.viewer(.contributor, leads: false))
        let editor = PlanPolicy(Self.viewer(.programmeManager))
        let running = Self.plan(.active), closed = Self.plan(.closed)
        #expect(contributor.manageMilestones(of: Self.action(), in: running) == .allowed)
        #expect(contributor.manageMilestones(of: Self.action(.completed), in: running) == .refused(.editPlans))
        #expect(contributor.manageMilestones(of: Self.action(), in: closed) == .refused(.editPlans))
        #expect(stranger.manageMilestones(of: Self.action(), in: running) == .refused(.editPlans))
        #expect(editor.manageMilestones(of: Self.action(.completed), in: running) == .allowed)
        #expect(editor.manageMilestones(of: Self.action(), in: closed) == .refused(.editPlans))
        #expect(PlanPolicy(nil).manageMilestones(of: Self.action(), in: running) == .refused(.editPlans))
    }

    @Test("The lifecycle: each step offered to editors only where the plan's status allows it")
    func lifecycle() {
        let editor = PlanPolicy(Self.viewer(.programmeManager))
        let reader = PlanPolicy(Self.viewer(.viewer))
        for status in PlanStatus.allCases {
            let plan = Self.plan(status)
            #expect(editor.approve(plan).isAllowed == (PlanEvent.approve.apply(to: status) != nil), "\(status)")
            #expect(editor.consult(plan).isAllowed == status.isEditable, "\(status)")
            #expect(editor.succeed(plan, hasSuccessor: false).isAllowed == (status == .active || status == .approved), "\(status)")
            #expect(!editor.succeed(plan, hasSuccessor: true).isAllowed)
            #expect(editor.openPeriod(plan, periodOpen: false).isAllowed == (status == .active), "\(status)")
            #expect(!editor.openPeriod(plan, periodOpen: true).isAllowed)
            for decision in [reader.approve(plan), reader.move(plan), reader.consult(plan), reader.change(plan),
                             reader.succeed(plan, hasSuccessor: false), reader.openPeriod(plan, periodOpen: false)] {
                #expect(decision == .refused(.editPlans), "\(status)")
            }
        }
        #expect(reader.read == .allowed)
        #expect(PlanPolicy(nil).read == .refused(.viewProgramme))
    }
}
