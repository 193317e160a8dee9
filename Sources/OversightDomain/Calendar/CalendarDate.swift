/// A day in the civil calendar, with no time and no time zone.
///
/// Inspections, deadlines and meetings are about days, not instants: storing them as
/// `Date` invites an off-by-one at midnight in Europe/London. This type is stored as
/// ISO 8601 text ("2015-11-27") and shown in UK form ("27 November 2015").
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a date typed, uploaded or asked for may fall in. Oversight's own arithmetic works
    /// for years 1 to 9999, but nothing a council plans, meets or reports on falls outside these,
    /// and bounding them keeps every sum on a date (working days, months ahead) small.
    public static let acceptedYears: ClosedRange<Int> = 1900...2199

    /// Returns nil for a day that does not exist, such as 31 February 2015.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "YYYY-MM-DD"; anything else is nil.
    /// Read byte by byte, without splitting: every stored date of every row a page shows comes through
    /// here, and splitting into substrings cost more than the rest of an action's decoding.
    public init?(iso text: some StringProtocol) {
        self.init(isoBytes: text.utf8)
    }

    /// The same for a `String`, the form every stored date is read in. Called from another module,
    /// the generic form above is not specialised and walks the text through its protocols byte by
    /// byte; the profile of a plan page on PostgreSQL put it at about an eighth of reading the
    /// plan's 480 actions (`docs/performance.md`).
    public init?(iso text: String) {
        self.init(isoBytes: text.utf8)
    }

    private init?(isoBytes bytes: some Collection<UInt8>) {
        var fields = (year: 0, month: 0, day: 0), index = 0
        for byte in bytes {
            switch index {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 0...9:
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if index < 4 { fields.year = fields.year * 10 + digit }
                else if index < 7 { fields.month = fields.month * 10 + digit }
                else { fields.day = fields.day * 10 + digit }
            default:
                return nil
            }
            index += 1
        }
        guard index == 10 else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// "2015-11-27": the stored and machine-readable form.
    public var iso: String {
        String(format4: year) + "-" + String(format2: month) + "-" + String(format2: day)
    }

    public var description: String { iso }

    // MARK: - Day arithmetic

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's days-from-civil algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The first and last days Oversight's arithmetic can name.
    public static let first = CalendarDate(uncheckedYear: 1, month: 1, day: 1)
    public static let last = CalendarDate(uncheckedYear: 9999, month: 12, day: 31)

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `days` later (or earlier), stopping at 1 January 1 and 31 December 9999 rather than
    /// running past them: a sum on a date never traps, whatever the date.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { return days < 0 ? .first : .last }
        if sum < CalendarDate.first.dayNumber { return .first }
        if sum > CalendarDate.last.dayNumber { return .last }
        return CalendarDate(dayNumber: sum)
    }

    /// The same day `months` later (or earlier), or the month's last day where it is shorter:
    /// a month after 31 January is 28 or 29 February. Stops at the first and last days, as
    /// `adding(days:)` does.
    public func adding(months: Int) -> CalendarDate {
        let (index, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        if overflow { return months < 0 ? .first : .last }
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        guard y >= 1 else { return .first }
        guard y <= 9999 else { return .last }
        let m = index - y * 12 + 1
        return CalendarDate(uncheckedYear: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// The first day of this month.
    public var firstOfMonth: CalendarDate { CalendarDate(uncheckedYear: year, month: month, day: 1) }

    public var weekday: Weekday {
        // 1 January 1970 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }
}

public enum Weekday: Int, CaseIterable, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public var name: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue]
    }

    public var isWeekend: Bool { self == .saturday || self == .sunday }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
    init(format4 value: Int) {
        let text = "\(value)"
        self = String(repeating: "0", count: Swift.max(0, 4 - text.count)) + text
    }
}
