import OversightDomain
import Testing

@Suite("Publication deadlines")
struct PublicationRulesTests {
    let rules = PublicationRules()

    func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    @Test("Five clear working days: a meeting on Thursday 12 October 2017 needs papers out by Wednesday 4 October")
    func reference() {
        #expect(rules.publishBy(meeting: date(2017, 10, 12)) == date(2017, 10, 4))
        #expect(UKDateFormat.withWeekday(rules.publishBy(meeting: date(2017, 10, 12))) == "Wednesday, 4 October 2017")
        #expect(rules.clearWorkingDays(from: date(2017, 10, 4), to: date(2017, 10, 12)) == 5)
        #expect(!rules.isLate(published: date(2017, 10, 4), meeting: date(2017, 10, 12)))
        #expect(rules.isLate(published: date(2017, 10, 5), meeting: date(2017, 10, 12)))
    }

    @Test("Bank holidays and their substitute days do not count", arguments: [
        // Meeting, publish by. Easter 2017: Good Friday 14 April, Easter Monday 17 April.
        ((2017, 4, 20), (2017, 4, 10)),
        // Christmas 2021 fell at a weekend: substitutes on Monday 27 and Tuesday 28 December.
        ((2022, 1, 6), (2021, 12, 24)),
        // The one-off bank holiday for the coronation, Monday 8 May 2023.
        ((2023, 5, 11), (2023, 5, 2)),
        // The Platinum Jubilee, 2022: the spring bank holiday moved to Thursday 2 June, with Friday 3 June added,
        // so Monday 30 May was a working day that year.
        ((2022, 6, 9), (2022, 5, 30)),
        // The State funeral of Queen Elizabeth II, Monday 19 September 2022.
        ((2022, 9, 21), (2022, 9, 12)),
        // The Scrutiny Committee of Wednesday 18 January 2017.
        ((2017, 1, 18), (2017, 1, 10)),
    ])
    func holidays(_ meeting: (Int, Int, Int), _ expected: (Int, Int, Int)) {
        let result = rules.publishBy(meeting: date(meeting.0, meeting.1, meeting.2))
        #expect(result == date(expected.0, expected.1, expected.2))
        #expect(rules.isWorkingDay(result))
        #expect(rules.clearWorkingDays(from: result, to: date(meeting.0, meeting.1, meeting.2)) >= 5)
    }

    @Test("The built-in list covers 2010 to 2030 with the one-off days")
    func list() {
        let holidays = BankHolidays.englandAndWales
        #expect(holidays.years == 2010...2030)
        #expect(holidays.contains(date(2012, 6, 5)))   // Diamond Jubilee
        #expect(holidays.contains(date(2022, 9, 19)))  // State funeral
        #expect(holidays.contains(date(2020, 5, 8)))   // VE Day, early May moved
        #expect(!holidays.contains(date(2020, 5, 4)))
        #expect(holidays.holidays.filter { $0.date.year == 2026 }.count == 8)
    }

    @Test("Key decisions need 28 clear days' notice; a shortfall is counted")
    func keyDecisions() {
        let meeting = date(2017, 10, 12)
        #expect(rules.keyDecisionNoticeBy(meeting: meeting) == date(2017, 9, 13))
        #expect(rules.keyDecisionShortfall(notice: date(2017, 9, 13), meeting: meeting) == 0)
        #expect(rules.keyDecisionShortfall(notice: date(2017, 9, 20), meeting: meeting) == 7)
    }
}
