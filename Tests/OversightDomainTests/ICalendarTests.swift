import Foundation
import OversightDomain
import OversightTestSupport
import Testing

@Suite("iCalendar feeds")
struct ICalendarTests {
    let meeting = CalendarEntry(uid: "meeting-1@oversight", kind: .meeting, date: CalendarDate(year: 2017, month: 10, day: 12)!,
                                time: ClockTime(hour: 23, minute: 0), minutes: 120, title: "Cabinet; budget, and \\ more",
                                location: "Committee Room A, County Hall",
                                notes: "Agenda:\n1. Continuous Improvement Plan\n2. Agency contract (Part II)")
    let deadline = CalendarEntry(uid: "papers-1@oversight", kind: .papersDue, date: CalendarDate(year: 2017, month: 10, day: 4)!,
                                 title: "Papers due: Cabinet, 12 October 2017")

    @Test("A feed passes the RFC 5545 checks and Outlook's need for a described time zone")
    func valid() {
        let text = ICalendar.render(name: "Northshire County Council", entries: [meeting, deadline],
                                    stamp: Date(timeIntervalSince1970: 1_484_733_600))
        #expect(ICalendarLint.problems(text) == [])
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London"))
        #expect(text.contains("DTSTAMP:20170118T100000Z"))
    }

    @Test("Times are Europe/London wall-clock times; a meeting running past midnight ends the next day")
    func times() {
        let text = ICalendar.render(name: "x", entries: [meeting], stamp: Date(timeIntervalSince1970: 0))
        #expect(text.contains("DTSTART;TZID=Europe/London:20171012T230000"))
        #expect(text.contains("DTEND;TZID=Europe/London:20171013T010000"))
    }

    @Test("A deadline takes the whole day and does not show the reader as busy")
    func allDay() {
        let text = ICalendar.render(name: "x", entries: [deadline], stamp: Date(timeIntervalSince1970: 0))
        #expect(text.contains("DTSTART;VALUE=DATE:20171004\r\nDTEND;VALUE=DATE:20171005\r\nTRANSP:TRANSPARENT"))
    }

    @Test("Text is escaped: commas, semicolons, backslashes and new lines")
    func escaping() {
        #expect(ICalendar.escape("Cabinet; budget, and \\ more\nnext") == "Cabinet\\; budget\\, and \\\\ more\\nnext")
        #expect(ICalendar.escape("bell\u{07}") == "bell")
    }

    @Test("Long lines fold at 75 octets without splitting a character")
    func folding() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)
        let folded = ICalendar.fold(line)
        for part in folded.components(separatedBy: "\r\n") { #expect(part.utf8.count <= 75) }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendar.fold("SUMMARY:short") == "SUMMARY:short")
    }

    @Test("The lint finds what a calendar program would refuse")
    func lint() {
        #expect(ICalendarLint.problems("BEGIN:VCALENDAR\nEND:VCALENDAR\n") == ["the feed does not end with CRLF"])
        let noUID = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTAMP:20170101T000000Z\r\nDTSTART;TZID=Europe/Paris:20170101T100000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        #expect(Set(ICalendarLint.problems(noUID)) == ["an event has no UID", "TZID Europe/Paris has no VTIMEZONE"])
    }
}
