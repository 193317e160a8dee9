import OversightDomain
import Testing

@Suite("Date input boxes")
struct DatePartsTests {
    @Test("Three good boxes make a date, spaces ignored")
    func valid() throws {
        let parts = DateParts(day: " 27", month: "11 ", year: "2015")
        #expect(try parts.parse(required: true).get() == CalendarDate(year: 2015, month: 11, day: 27))
    }

    @Test("An empty optional date is no date; an empty required one is missing")
    func empty() throws {
        let parts = DateParts(day: "", month: nil, year: "  ")
        #expect(try parts.parse(required: false).get() == nil)
        #expect(throws: DateParts.Problem.missing) { try parts.parse(required: true).get() }
    }

    @Test("Missing boxes are named in order", arguments: [
        (("27", "", "2015"), [DateParts.Part.month]),
        (("", "11", ""), [.day, .year]),
        (("27", "11", ""), [.year]),
    ])
    func incomplete(boxes: (String, String, String), missing: [DateParts.Part]) {
        let parts = DateParts(day: boxes.0, month: boxes.1, year: boxes.2)
        #expect(throws: DateParts.Problem.incomplete(missing)) { try parts.parse(required: true).get() }
    }

    @Test("31/02/2015 is not a real date")
    func notReal() {
        #expect(throws: DateParts.Problem.notReal) {
            try DateParts(day: "31", month: "2", year: "2015").parse(required: true).get()
        }
    }

    @Test("Words and two-digit years are refused")
    func notNumbers() {
        #expect(throws: DateParts.Problem.notNumbers([.month])) {
            try DateParts(day: "1", month: "Nov", year: "2015").parse(required: true).get()
        }
        #expect(throws: DateParts.Problem.yearNotFourDigits) {
            try DateParts(day: "1", month: "11", year: "15").parse(required: true).get()
        }
    }

    @Test("A saved date fills the boxes")
    func fromDate() {
        let parts = DateParts(CalendarDate(year: 2015, month: 9, day: 14))
        #expect(parts == DateParts(day: "14", month: "9", year: "2015"))
    }
}
