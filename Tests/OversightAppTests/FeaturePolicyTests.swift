import Foundation
@testable import OversightApp
import OversightDomain
import Testing

/// Each feature's policy as a table: the rules a page and its handler both follow. The permission
/// matrix itself is `AccessPolicyTests`'; these are the rules it cannot say alone (an owner's own
/// risk, a board action's owner, a draft the public must not know exists, a closed assessment).
@Suite("Feature policies")
struct FeaturePolicyTests {
    static let owner = PlanPolicyTests.lead
    static func viewer(_ role: Role?, owns: Bool = false) -> Viewer? { PlanPolicyTests.viewer(role, leads: owns) }
    static let day = CalendarDate(dayNumber: 17_300)

    static func risk() -> Risk? {
        guard let score = RiskScore(likelihood: 3, impact: 4) else { return nil }
        return Risk(id: .init(UUID()), councilID: .init(UUID()), reference: "R1", title: "Caseloads", cause: "Vacancies",
                    event: "Social workers hold too many cases", consequence: "Children wait", category: .workforce,
                    ownerID: owner, raisedOn: day, inherent: score, current: score, target: score, proximity: .nearTerm)
    }

    static func boardAction() -> BoardAction {
        BoardAction(id: .init(UUID()), councilID: .init(UUID()), bodyID: .init(UUID()), meetingID: .init(UUID()), itemID: nil,
                    reference: "IB-1", what: "Report the audit results", ownerID: owner, due: day)
    }

    static func report(_ status: ReportStatus, part: ReportPart = .partI) -> Report {
        Report(id: .init(UUID()), councilID: .init(UUID()), templateID: .init(UUID()),
               body: ReportCommittee(id: .init(UUID()), name: "Cabinet", kind: .cabinet), meetingDate: day,
               reportOf: "the Director of Children's Services", part: part, areas: .all, title: "Progress",
               contact: ReportContact(name: "Helen Marsh", telephone: nil, jobTitle: nil, email: nil), sections: [:],
               implications: [], backgroundPapers: [], exemption: nil, keyDecision: nil, status: status)
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var role: Role?
        var owns: Bool
        var expected: Authorisation
        var testDescription: String { "\(role?.rawValue ?? "the public")\(owns ? " (the owner)" : "")" }
    }

    @Test("Reviewing a risk: whoever manages the register, or the risk's own owner", arguments: [
        Row(role: .administrator, owns: false, expected: .allowed),
        Row(role: .programmeManager, owns: false, expected: .allowed),
        Row(role: .contributor, owns: true, expected: .allowed),
        Row(role: .viewer, owns: true, expected: .allowed),
        Row(role: .contributor, owns: false, expected: .refused(.manageRisks)),
        Row(role: .boardMember, owns: false, expected: .refused(.manageRisks)),
        Row(role: .seniorLeader, owns: false, expected: .refused(.manageRisks)),
        Row(role: nil, owns: false, expected: .refused(.viewProgramme)),
    ])
    func reviewRisk(row: Row) throws {
        let risk = try #require(Self.risk())
        #expect(RiskPolicy(Self.viewer(row.role, owns: row.owns)).review(risk) == row.expected)
    }

    @Test("Updating a board action: whoever manages meetings, or the action's owner; closing it, only the former", arguments: [
        Row(role: .administrator, owns: false, expected: .allowed),
        Row(role: .democraticServices, owns: false, expected: .allowed),
        Row(role: .contributor, owns: true, expected: .allowed),
        Row(role: .boardMember, owns: true, expected: .allowed),
        Row(role: .boardMember, owns: false, expected: .refused(.manageMeetings)),
        Row(role: .performanceOfficer, owns: false, expected: .refused(.manageMeetings)),
        Row(role: nil, owns: false, expected: .refused(.viewProgramme)),
    ])
    func updateBoardAction(row: Row) {
        let policy = MeetingPolicy(Self.viewer(row.role, owns: row.owns))
        #expect(policy.update(Self.boardAction()) == row.expected)
        let closes = row.role == .administrator || row.role == .democraticServices || row.role == .programmeManager
        #expect(policy.close.isAllowed == closes)
    }

    struct AccessRow: CustomTestStringConvertible, Sendable {
        var role: Role?
        var status: ReportStatus
        var part: ReportPart
        var expected: ReportAccess?
        var testDescription: String { "\(role?.rawValue ?? "the public"), \(status.rawValue) \(part.rawValue) report" }
    }

    @Test("What of a report a reader sees: a draft does not exist for the public; Part II is withheld without the right",
          arguments: [
              AccessRow(role: nil, status: .draft, part: .partI, expected: nil),
              AccessRow(role: nil, status: .published, part: .partI, expected: .published),
              AccessRow(role: nil, status: .superseded, part: .partI, expected: .published),
              AccessRow(role: nil, status: .cleared, part: .partII, expected: nil),
              AccessRow(role: nil, status: .published, part: .partII, expected: .exempt),
              AccessRow(role: .viewer, status: .draft, part: .partI, expected: .full),
              AccessRow(role: .viewer, status: .draft, part: .partII, expected: .exempt),
              AccessRow(role: .contributor, status: .published, part: .partII, expected: .exempt),
              AccessRow(role: .boardMember, status: .draft, part: .partII, expected: .full),
              AccessRow(role: .seniorLeader, status: .cleared, part: .partII, expected: .full),
          ])
    func reportAccess(row: AccessRow) {
        let report = Self.report(row.status, part: row.part)
        let policy = ReportPolicy(Self.viewer(row.role))
        #expect(policy.access(report) == row.expected)
        #expect(policy.work(on: report).isAllowed == (row.part == .partI || row.expected == .full))
    }

    @Test("Clearing is the signing officer's; returning to draft is theirs or an editor's")
    func reportWorkflow() {
        let senior = ReportPolicy(Self.viewer(.seniorLeader)), editor = ReportPolicy(Self.viewer(.democraticServices))
        let board = ReportPolicy(Self.viewer(.boardMember))
        #expect(senior.clear == .allowed && senior.returnToDraft == .allowed && senior.edit == .refused(.editReports))
        #expect(editor.clear == .refused(.clearReports) && editor.returnToDraft == .allowed && editor.edit == .allowed)
        #expect(board.clear == .refused(.clearReports) && board.returnToDraft == .refused(.editReports))
        #expect(ReportPolicy(nil).returnToDraft == .refused(.editReports))
    }

    @Test("Exempt material opens only with the Part II right", arguments: Role.allCases)
    func partTwo(role: Role) {
        let policy = PartIIPolicy(Self.viewer(role))
        let expected = AccessPolicy.allows([role], .viewPartII)
        #expect(policy.sees == expected)
        #expect(policy.open(exempt: true) == (expected ? .allowed : .refused(.viewPartII)))
        #expect(policy.open(exempt: false) == .allowed)
        #expect(PartIIPolicy(nil).open(exempt: true) == .refused(.viewPartII))
    }

    @Test("Figures: a performance officer enters them; only whoever manages indicators corrects a validated one")
    func scorecard() {
        let officer = ScorecardPolicy(Self.viewer(.performanceOfficer)), manager = ScorecardPolicy(Self.viewer(.programmeManager))
        #expect(officer.enterFigures == .allowed && !officer.correctsValidated && officer.manage == .refused(.manageIndicators))
        #expect(manager.enterFigures == .allowed && manager.correctsValidated)
        #expect(ScorecardPolicy(Self.viewer(.boardMember)).enterFigures == .refused(.importIndicators))
    }

    @Test("A self-assessment is changed by whoever manages them, and only while it is open", arguments: AssessmentStatus.allCases)
    func selfAssessment(status: AssessmentStatus) {
        let assessment = SelfAssessment(id: .init(UUID()), councilID: .init(UUID()), title: "Annual self-evaluation",
                                        purpose: .annualSelfEvaluation, periodFrom: Self.day, periodTo: Self.day,
                                        authorID: Self.owner, status: status, structure: .ofsted)
        let expected: Authorisation = status == .submitted ? .notNow("This self-assessment is closed") : .allowed
        #expect(SelfAssessmentPolicy(Self.viewer(.programmeManager)).change(assessment) == expected)
        #expect(SelfAssessmentPolicy(Self.viewer(.seniorLeader)).change(assessment) == .refused(.manageSelfAssessment))
    }
}
