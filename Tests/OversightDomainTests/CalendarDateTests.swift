import OversightDomain
import Testing

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("A date shows in UK form", arguments: [
        (2015, 11, 27, "27 November 2015"),
        (2017, 10, 12, "12 October 2017"),
        (2016, 3, 1, "1 March 2016"),
    ])
    func ukForm(year: Int, month: Int, day: Int, expected: String) throws {
        #expect(try #require(CalendarDate(year: year, month: month, day: day)).ukLong == expected)
    }

    @Test("Committee papers name the weekday")
    func weekday() throws {
        let meeting = try #require(CalendarDate(year: 2017, month: 10, day: 12))
        #expect(UKDateFormat.withWeekday(meeting) == "Thursday, 12 October 2017")
        let published = try #require(CalendarDate(year: 2015, month: 11, day: 27))
        #expect(published.weekday == .friday)
        let scrutiny = try #require(CalendarDate(year: 2017, month: 1, day: 18))
        #expect(scrutiny.weekday == .wednesday)
    }

    @Test("Days that do not exist are refused", arguments: [
        (2015, 2, 29), (2015, 2, 31), (2016, 4, 31), (2016, 13, 1), (2016, 0, 10), (2016, 5, 0), (0, 1, 1),
    ])
    func notReal(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test("Leap years follow the Gregorian rule")
    func leapYears() {
        #expect(CalendarDate(year: 2016, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
    }

    @Test("ISO text round-trips and anything else is refused")
    func iso() throws {
        let date = try #require(CalendarDate(iso: "2015-11-27"))
        #expect(date.iso == "2015-11-27")
        #expect(CalendarDate(iso: "2016-02-29") == CalendarDate(year: 2016, month: 2, day: 29))
        #expect(CalendarDate(iso: "1999-12-31"[...]) == CalendarDate(year: 1999, month: 12, day: 31))
        for bad in ["2015-11-31", "27/11/2015", "2015-1-27", "", "2015-11-27T00:00", "+015-11-27", "2015-11-2x", "2015_11_27",
                    "2015-11-027", "2015-11-7", "２０１５-11-27", "0000-01-01", "2015-00-10"] {
            #expect(CalendarDate(iso: bad) == nil, "\(bad) should not be read as a date")
        }
    }

    @Test("Adding days crosses months, years and leap days")
    func arithmetic() throws {
        let start = try #require(CalendarDate(year: 2016, month: 2, day: 28))
        #expect(start.adding(days: 1).iso == "2016-02-29")
        #expect(start.adding(days: 2).iso == "2016-03-01")
        #expect(try #require(CalendarDate(year: 2015, month: 12, day: 31)).adding(days: 1).iso == "2016-01-01")
        #expect(start.adding(days: -59).iso == "2015-12-31")
        #expect(CalendarDate(dayNumber: 0).iso == "1970-01-01")
    }

    @Test("Dates order by day")
    func ordering() throws {
        let a = try #require(CalendarDate(year: 2015, month: 9, day: 14))
        let b = try #require(CalendarDate(year: 2015, month: 10, day: 8))
        #expect(a < b)
        #expect(!(b < a))
    }
}
