import Foundation
import OversightDomain
import Testing

@Suite("Risk scoring")
struct RiskTests {
    static func score(_ likelihood: Int, _ impact: Int) -> RiskScore { RiskScore(likelihood: likelihood, impact: impact)! }
    static func day(_ d: Int, _ m: Int, _ y: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    @Test("A score is likelihood times impact, each from 1 to 5; anything else is no score", arguments: [
        (1, 1, 1), (2, 3, 6), (4, 5, 20), (5, 5, 25),
    ])
    func value(likelihood: Int, impact: Int, value: Int) {
        #expect(RiskScore(likelihood: likelihood, impact: impact)?.value == value)
    }

    @Test("Levels outside 1 to 5 are refused", arguments: [(0, 3), (6, 1), (3, 6), (-1, -1)])
    func outOfRange(likelihood: Int, impact: Int) {
        #expect(RiskScore(likelihood: likelihood, impact: impact) == nil)
    }

    @Test("The standard bands: 1 to 4 low, 5 to 12 medium, 15 to 25 high", arguments: [
        (1, "Low"), (4, "Low"), (5, "Medium"), (12, "Medium"), (15, "High"), (16, "High"), (25, "High"),
    ])
    func bands(value: Int, name: String) {
        #expect(RiskScale.standard.band(value).name == name)
    }

    @Test("A council's own scale is checked before it is used")
    func scaleProblems() {
        #expect(RiskScale.standard.problems == [])
        var scale = RiskScale.standard
        scale.likelihood = Array(scale.likelihood.prefix(4))
        scale.bands = [RiskBand(name: "Low", upTo: 6, colour: .green), RiskBand(name: "High", upTo: 5, colour: .red)]
        #expect(scale.problems == [.levels(.likelihood), .bandsNotRising("High"), .lastBandEnd(5)])
        scale.bands = [RiskBand(name: "Low", upTo: 6, colour: .green), RiskBand(name: "High", upTo: 20, colour: .red)]
        #expect(scale.problems.last == .lastBandEnd(20))
        #expect(RiskScaleProblem.lastBandEnd(20).message == "The highest band must end at 25, the highest score, not 20")
    }

    @Test("The names of levels are the words before the colon")
    func levelNames() {
        #expect(RiskScale.standard.likelihoodName(4) == "Likely")
        #expect(RiskScale.standard.impactName(5) == "Severe")
    }

    @Test("Scores tell a coherent story: current never above inherent, target above inherent only with a reason")
    func coherence() {
        #expect(Risk.check(inherent: Self.score(4, 5), current: Self.score(4, 4), target: Self.score(2, 4), targetReason: nil) == [])
        #expect(Risk.check(inherent: Self.score(3, 3), current: Self.score(4, 4), target: Self.score(2, 2), targetReason: nil)
            == [.currentAboveInherent(current: 16, inherent: 9)])
        #expect(Risk.check(inherent: Self.score(3, 3), current: Self.score(3, 3), target: Self.score(4, 3), targetReason: "  ")
            == [.targetAboveInherent(target: 12, inherent: 9)])
        #expect(Risk.check(inherent: Self.score(3, 3), current: Self.score(3, 3), target: Self.score(4, 3),
                           targetReason: "Grant funding ends in March 2018") == [])
        #expect(RiskError.targetAboveInherent(target: 12, inherent: 9).message
            == "Target score (12) is higher than the inherent score (9): give the reason, or lower the target")
    }

    func risk(raised: CalendarDate, reviewed: CalendarDate?, every frequency: ReviewFrequency, status: RiskStatus = .open) -> Risk {
        Risk(id: .init(UUID()), councilID: .init(UUID()), reference: "R01", title: "Workforce stability", cause: "c", event: "e", consequence: "q",
             category: .workforce, ownerID: .init(UUID()), raisedOn: raised, inherent: Self.score(5, 4), current: Self.score(4, 4),
             target: Self.score(2, 4), proximity: .nearTerm, reviewFrequency: frequency, status: status, lastReviewedOn: reviewed)
    }

    @Test("A review is due one period after the last, or after the risk was raised; a closed risk is never overdue")
    func overdue() {
        let monthly = risk(raised: Self.day(31, 1, 2016), reviewed: nil, every: .monthly)
        #expect(monthly.reviewDue == Self.day(29, 2, 2016))
        #expect(!monthly.isReviewOverdue(on: Self.day(29, 2, 2016)))
        #expect(monthly.isReviewOverdue(on: Self.day(1, 3, 2016)))
        let quarterly = risk(raised: Self.day(1, 1, 2016), reviewed: Self.day(15, 11, 2016), every: .quarterly)
        #expect(quarterly.reviewDue == Self.day(15, 2, 2017))
        #expect(!quarterly.isReviewOverdue(on: Self.day(18, 1, 2017)))
        #expect(!risk(raised: Self.day(1, 1, 2016), reviewed: nil, every: .monthly, status: .closed).isReviewOverdue(on: Self.day(1, 1, 2018)))
        #expect(risk(raised: Self.day(1, 1, 2016), reviewed: nil, every: .sixMonthly, status: .escalated).isReviewOverdue(on: Self.day(2, 7, 2016)))
    }

    @Test("Movement compares the last two reviews")
    func movement() {
        func review(_ value: RiskScore) -> RiskReview {
            RiskReview(id: .init(UUID()), riskID: .init(UUID()), date: Self.day(1, 1, 2017), current: value, target: Self.score(1, 1), commentary: "", reviewer: "x")
        }
        #expect(RiskMovement.of([]) == .new)
        #expect(RiskMovement.of([review(Self.score(4, 4))]) == .new)
        #expect(RiskMovement.of([review(Self.score(4, 4)), review(Self.score(3, 4))]) == .down)
        #expect(RiskMovement.of([review(Self.score(3, 4)), review(Self.score(4, 3))]) == .same)
        #expect(RiskMovement.of([review(Self.score(2, 4)), review(Self.score(4, 3))]) == .up)
    }

    @Test("References count on from the highest in use")
    func references() {
        #expect(Risk.nextReference(after: []) == "R01")
        #expect(Risk.nextReference(after: ["R01", "R09", "R03"]) == "R10")
        #expect(Risk.nextReference(after: ["R12", "CORP-4", "LT500"]) == "R13")
    }

    @Test("Months are added to a date, keeping within the month")
    func addingMonths() {
        #expect(Self.day(31, 1, 2017).adding(months: 1) == Self.day(28, 2, 2017))
        #expect(Self.day(15, 11, 2016).adding(months: 3) == Self.day(15, 2, 2017))
        #expect(Self.day(1, 1, 2017).adding(months: -3) == Self.day(1, 10, 2016))
        #expect(Self.day(18, 1, 2017).firstOfMonth == Self.day(1, 1, 2017))
    }
}
