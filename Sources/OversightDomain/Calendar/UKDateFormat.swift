/// British date wording, written out rather than left to a locale database so that the
/// output is the same on every machine and in every snapshot.
public enum UKDateFormat {
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// "27 November 2015"
    public static func long(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// "Friday, 27 November 2015", the committee-paper form ("Thursday, 12 October 2017").
    public static func withWeekday(_ date: CalendarDate) -> String {
        "\(date.weekday.name), \(long(date))"
    }

    /// "November 2015"
    public static func monthAndYear(_ date: CalendarDate) -> String {
        "\(monthNames[date.month - 1]) \(date.year)"
    }

    /// "1 April": a day in every year, such as the start of the financial year.
    public static func dayAndMonth(day: Int, month: Int) -> String {
        "\(day) \(monthNames[month - 1])"
    }
}

public extension CalendarDate {
    var ukLong: String { UKDateFormat.long(self) }
}
