import Foundation
import OversightDomain
import Testing

@Suite("Practice audits")
struct PracticeAuditTests {
    func round(_ cases: Int, _ o: Int, _ g: Int, _ ri: Int, _ i: Int) -> AuditRound {
        AuditRound(id: .init(UUID()), councilID: .init(UUID()), month: CalendarDate(year: 2017, month: 10, day: 1)!, theme: "Assessments",
                   casesAudited: cases, outstanding: o, good: g, requiresImprovement: ri, inadequate: i)
    }

    @Test("Good or better is a share of the cases graded")
    func share() {
        #expect(round(20, 2, 12, 4, 2).goodOrBetterPercent == 70)
        #expect(round(20, 0, 0, 0, 0).goodOrBetterPercent == nil)
        #expect(round(20, 2, 12, 4, 2).label == "October 2017: Assessments")
    }

    @Test("The counts must add up: at least one case, and no more grades than cases")
    func check() {
        #expect(AuditRound.check(casesAudited: 20, outstanding: 1, good: 10, requiresImprovement: 6, inadequate: 3) == [])
        #expect(AuditRound.check(casesAudited: 0, outstanding: 0, good: 0, requiresImprovement: 0, inadequate: 0) == [.noCases])
        #expect(AuditRound.check(casesAudited: 10, outstanding: 1, good: 8, requiresImprovement: 3, inadequate: 0)
            == [.moreGradesThanCases(graded: 12, cases: 10)])
        #expect(AuditRoundProblem.moreGradesThanCases(graded: 12, cases: 10).message
            == "The grades add up to 12, more than the 10 cases audited: check the counts")
    }

    @Test("Published in Part I, counts of 1 to 5 are c, with whatever would give them away")
    func published() {
        let small = round(20, 2, 12, 4, 2).published
        #expect(small.grades.map(\.text).first == "c")
        #expect(small.grades.filter(\.isHidden).count >= 2)
        // 14 of 20 gives no small count away, so the share stands.
        #expect(small.goodOrBetter == "70.0%")
        let large = round(40, 0, 20, 12, 8).published
        #expect(large.grades.map(\.text) == ["0", "20", "12", "8"])
        #expect(large.cases.text == "40" && large.goodOrBetter == "50.0%")
    }
}
