import OversightDomain
import Testing

@Suite struct CalendarDateTests {
    @Test func ukFormIsDayMonthNameAndYear() {
        #expect(CalendarDate(year: 2015, month: 11, day: 27)?.ukLong == "27 November 2015")
    }
}
