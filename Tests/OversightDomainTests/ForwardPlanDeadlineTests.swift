import Foundation
import OversightDomain
import Testing

/// The forward plan's deadlines, worked by hand in clear days: every calendar day counts (weekends
/// and bank holidays too), but not the day of the notice or of the decision.
@Suite("Forward plan deadlines")
struct ForwardPlanDeadlineTests {
    let rules = PublicationRules()

    func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    func entry(decision: CalendarDate, published: CalendarDate? = nil, route: KeyDecisionRoute = .notice,
               privateMeeting: PrivateMeetingNotice? = nil, withdrawn: String? = nil) -> ForwardPlanEntry {
        ForwardPlanEntry(id: .init(UUID()), councilID: .init(UUID()), reference: "KD/2017/01", matter: "A decision", summary: "",
                         decisionMaker: .init(UUID()), decisionDate: decision, documents: [], reportID: nil, contact: "Democratic Services",
                         published: published, route: route, privateMeeting: privateMeeting, withdrawn: withdrawn)
    }

    @Test("A decision on Thursday 12 October 2017 needs notice by Wednesday 13 September, and a general exception notice by Friday 6 October")
    func reference() {
        let decision = date(2017, 10, 12)
        #expect(rules.clearDaysBefore(decision, 28) == date(2017, 9, 13))
        #expect(rules.clearDays(from: date(2017, 9, 13), to: decision) == 28)
        #expect(rules.clearDays(from: date(2017, 9, 14), to: decision) == 27)
        #expect(rules.clearDaysBefore(decision, 5) == date(2017, 10, 6))
        let deadlines = rules.deadlines(of: entry(decision: decision))
        #expect(deadlines.map(\.due) == [date(2017, 9, 13)])
        #expect(deadlines.map(\.regulation) == ["Regulation 9"])
    }

    @Test("Christmas and New Year count as clear days: a decision on Tuesday 2 January 2018 needs notice by Monday 4 December 2017")
    func christmas() {
        let decision = date(2018, 1, 2)
        #expect(rules.clearDaysBefore(decision, 28) == date(2017, 12, 4))
        #expect(rules.clearDaysBefore(decision, 5) == date(2017, 12, 27))
        // Easter: a decision on Tuesday 18 April 2017 (after Good Friday and Easter Monday).
        #expect(rules.clearDaysBefore(date(2017, 4, 18), 5) == date(2017, 4, 12))
    }

    @Test("A deadline is due, then a warning from 7 days before, then missed; done on time is met, done after is late")
    func states() {
        let open = rules.deadlines(of: entry(decision: date(2017, 10, 12)))[0]
        #expect(open.state(today: date(2017, 9, 5)) == .due(daysLeft: 8, warning: false))
        #expect(!open.needsAttention(today: date(2017, 9, 5)))
        #expect(open.state(today: date(2017, 9, 6)) == .due(daysLeft: 7, warning: true))
        #expect(open.needsAttention(today: date(2017, 9, 6)))
        #expect(open.state(today: date(2017, 9, 13)) == .due(daysLeft: 0, warning: true))
        #expect(open.state(today: date(2017, 9, 14)) == .missed(daysAgo: 1))
        let met = rules.deadlines(of: entry(decision: date(2017, 10, 12), published: date(2017, 9, 13)))[0]
        #expect(met.state(today: date(2017, 10, 1)) == .met(date(2017, 9, 13)))
        let late = rules.deadlines(of: entry(decision: date(2017, 10, 12), published: date(2017, 9, 15)))[0]
        #expect(late.state(today: date(2017, 10, 1)) == .late(date(2017, 9, 15), daysLate: 2))
    }

    @Test("Each route and a private meeting have their own deadlines, in the order they fall; a withdrawn decision has none")
    func routes() {
        let decision = date(2017, 10, 12)
        let exception = rules.deadlines(of: entry(decision: decision, published: date(2017, 10, 3), route: .generalException(
            GeneralException(reason: "Terms agreed late", chairInformed: "The chair", informedOn: date(2017, 10, 2)))))
        #expect(exception.map(\.kind) == [.generalException])
        // Done when both the chair is told and the notice is public: the later of the two.
        #expect(exception[0].done == date(2017, 10, 3) && exception[0].due == date(2017, 10, 6))

        let urgent = rules.deadlines(of: entry(decision: decision, route: .specialUrgency(
            SpecialUrgency(reason: "A home closed", agreedBy: "The chair", agreedOn: date(2017, 10, 9)))))
        #expect(urgent.map(\.kind) == [.specialUrgency, .urgencyNotice])
        #expect(urgent[0].state(today: date(2017, 10, 10)) == .met(date(2017, 10, 9)))
        // "As soon as reasonably practicable" has no day: waiting, and flagged until the notice is out.
        #expect(urgent[1].state(today: date(2017, 10, 10)) == .waiting)
        #expect(urgent[1].needsAttention(today: date(2017, 10, 10)))

        let closed = rules.deadlines(of: entry(decision: decision, published: date(2017, 9, 8), privateMeeting: PrivateMeetingNotice(
            paragraph: .financialAffairs, reasons: "Prices", firstNotice: date(2017, 9, 8), representations: "", response: "",
            finalNotice: nil)))
        #expect(closed.map(\.kind) == [.keyDecisionNotice, .privateFirstNotice, .privateFinalNotice])
        #expect(closed.map(\.due) == [date(2017, 9, 13), date(2017, 9, 13), date(2017, 10, 6)])
        #expect(closed[2].state(today: date(2017, 10, 4)) == .due(daysLeft: 2, warning: true))

        #expect(rules.deadlines(of: entry(decision: decision, withdrawn: "Deferred to November")).isEmpty)
    }
}
