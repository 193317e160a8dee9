import OversightDomain
import OversightStore
import Vapor

/// Adding a bank holiday, taking one away, or undoing an earlier change.
struct BankHolidayForm: Content {
    var action: String?
    var title: String?
    var date: String?
    var day: String?, month: String?, year: String?

    enum CodingKeys: String, CodingKey {
        case action, title, date
        case day = "holiday-day", month = "holiday-month", year = "holiday-year"
    }

    init() {}

    var parts: DateParts { DateParts(day: day, month: month, year: year) }

    enum Change {
        case add(CalendarDate, String)
        case remove(CalendarDate, String)
        case undo(CalendarDate)

        var code: String {
            switch self {
            case .add: "add"
            case .remove: "remove"
            case .undo: "undo"
            }
        }

        var date: CalendarDate {
            switch self {
            case let .add(date, _), let .remove(date, _), let .undo(date): date
            }
        }
    }

    func validate(holidays: BankHolidays) -> Validated<Change> {
        var check = Validator()
        switch action {
        case "add":
            let date = check.date("holiday", parts, label: "Date of the bank holiday", required: true)
            let title = check.required("title", title, ReportMessages.holidayName,
                                       max: 120, label: "Name")
            if let date, holidays.contains(date) { check.fail("holiday", ReportMessages.holidayExists(date)) }
            if let date, date.weekday.isWeekend {
                check.fail("holiday", ReportMessages.holidayWeekend(date))
            }
            return check.result { date.flatMap { d in title.map { .add(d, $0) } } }
        case "remove", "undo":
            guard let date = date.flatMap({ CalendarDate(iso: $0) }) else {
                check.fail("holiday", ReportMessages.holidayUnreadable)
                return check.result { nil }
            }
            if action == "undo" { return .valid(.undo(date)) }
            guard let holiday = holidays.holidays.first(where: { $0.date == date }) else {
                check.fail("holiday", ReportMessages.notAHoliday(date))
                return check.result { nil }
            }
            return .valid(.remove(date, holiday.title))
        default:
            check.fail("holiday", ReportMessages.holidayChange)
            return check.result { nil }
        }
    }
}
