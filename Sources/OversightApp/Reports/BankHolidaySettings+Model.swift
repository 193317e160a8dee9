import OversightDomain
import OversightStore

/// The administrator's bank holidays page.
enum BankHolidaySettings {}

extension BankHolidaySettings {
    /// The bank holidays from `fromYear` on, and the built-in days an administrator took off the list.
    struct Model {
        struct Holiday {
            var date: CalendarDate
            var title: String
            /// An administrator's change touches this date, so it is undone rather than removed.
            var isChanged: Bool
        }

        struct Removed {
            var date: CalendarDate
            var title: String
        }

        var fromYear: Int
        var holidays: [Holiday]
        var removed: [Removed]

        init(_ holidays: BankHolidays, changes: [BankHolidayStore.Entry], fromYear: Int) {
            let changed = Set(changes.map(\.date))
            self.fromYear = fromYear
            self.holidays = holidays.holidays.filter { $0.date.year >= fromYear }.map { holiday in
                Holiday(date: holiday.date, title: holiday.title, isChanged: changed.contains(holiday.date))
            }
            removed = changes.filter { $0.change == .removed && $0.date.year >= fromYear }.map { entry in
                Removed(date: entry.date, title: entry.title)
            }
        }
    }
}
