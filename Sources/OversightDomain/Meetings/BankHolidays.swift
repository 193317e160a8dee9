/// Bank holidays in England and Wales, 2010 to 2030, with substitute days and the one-off days of
/// 2011, 2012, 2020, 2022 and 2023. Source: GOV.UK's published list (Open Government Licence),
/// extended to 2030 by the usual rules. Years ahead can gain one-off days, so this is the built-in
/// starting list; a council's own list (editable by an administrator) is layered on top of it.
public struct BankHolidays: Sendable {
    public struct Holiday: Hashable, Sendable {
        public var date: CalendarDate
        public var title: String

        public init(date: CalendarDate, title: String) {
            self.date = date
            self.title = title
        }
    }

    public var holidays: [Holiday]
    private let days: Set<Int>

    public init(_ holidays: [Holiday]) {
        self.holidays = holidays.sorted { $0.date < $1.date }
        days = Set(holidays.map(\.date.dayNumber))
    }

    /// This list with an administrator's changes: days added (a one-off holiday announced for a
    /// year ahead) and days taken away (a built-in day that turns out not to be one).
    public func applying(added: [Holiday], removed: Set<CalendarDate>) -> BankHolidays {
        let kept = holidays.filter { !removed.contains($0.date) }
        let addedDays = Set(added.map(\.date))
        return BankHolidays(kept.filter { !addedDays.contains($0.date) } + added)
    }

    public func contains(_ date: CalendarDate) -> Bool { days.contains(date.dayNumber) }

    /// The years the list covers; a date outside them cannot be checked and is said to be.
    public var years: ClosedRange<Int>? {
        guard let first = holidays.first, let last = holidays.last else { return nil }
        return first.date.year...last.date.year
    }

    public static let englandAndWales = BankHolidays(table.compactMap { year, month, day, title in
        CalendarDate(year: year, month: month, day: day).map { Holiday(date: $0, title: title) }
    })

    static let table: [(Int, Int, Int, String)] = [
        (2010, 1, 1, "New Year's Day"),
        (2010, 4, 2, "Good Friday"),
        (2010, 4, 5, "Easter Monday"),
        (2010, 5, 3, "Early May bank holiday"),
        (2010, 5, 31, "Spring bank holiday"),
        (2010, 8, 30, "Summer bank holiday"),
        (2010, 12, 27, "Christmas Day (substitute day)"),
        (2010, 12, 28, "Boxing Day (substitute day)"),
        (2011, 1, 3, "New Year's Day (substitute day)"),
        (2011, 4, 22, "Good Friday"),
        (2011, 4, 25, "Easter Monday"),
        (2011, 4, 29, "Royal wedding"),
        (2011, 5, 2, "Early May bank holiday"),
        (2011, 5, 30, "Spring bank holiday"),
        (2011, 8, 29, "Summer bank holiday"),
        (2011, 12, 26, "Boxing Day"),
        (2011, 12, 27, "Christmas Day (substitute day)"),
        (2012, 1, 2, "New Year's Day (substitute day)"),
        (2012, 4, 6, "Good Friday"),
        (2012, 4, 9, "Easter Monday"),
        (2012, 5, 7, "Early May bank holiday"),
        (2012, 6, 4, "Spring bank holiday"),
        (2012, 6, 5, "Queen's Diamond Jubilee"),
        (2012, 8, 27, "Summer bank holiday"),
        (2012, 12, 25, "Christmas Day"),
        (2012, 12, 26, "Boxing Day"),
        (2013, 1, 1, "New Year's Day"),
        (2013, 3, 29, "Good Friday"),
        (2013, 4, 1, "Easter Monday"),
        (2013, 5, 6, "Early May bank holiday"),
        (2013, 5, 27, "Spring bank holiday"),
        (2013, 8, 26, "Summer bank holiday"),
        (2013, 12, 25, "Christmas Day"),
        (2013, 12, 26, "Boxing Day"),
        (2014, 1, 1, "New Year's Day"),
        (2014, 4, 18, "Good Friday"),
        (2014, 4, 21, "Easter Monday"),
        (2014, 5, 5, "Early May bank holiday"),
        (2014, 5, 26, "Spring bank holiday"),
        (2014, 8, 25, "Summer bank holiday"),
        (2014, 12, 25, "Christmas Day"),
        (2014, 12, 26, "Boxing Day"),
        (2015, 1, 1, "New Year's Day"),
        (2015, 4, 3, "Good Friday"),
        (2015, 4, 6, "Easter Monday"),
        (2015, 5, 4, "Early May bank holiday"),
        (2015, 5, 25, "Spring bank holiday"),
        (2015, 8, 31, "Summer bank holiday"),
        (2015, 12, 25, "Christmas Day"),
        (2015, 12, 28, "Boxing Day (substitute day)"),
        (2016, 1, 1, "New Year's Day"),
        (2016, 3, 25, "Good Friday"),
        (2016, 3, 28, "Easter Monday"),
        (2016, 5, 2, "Early May bank holiday"),
        (2016, 5, 30, "Spring bank holiday"),
        (2016, 8, 29, "Summer bank holiday"),
        (2016, 12, 26, "Boxing Day"),
        (2016, 12, 27, "Christmas Day (substitute day)"),
        (2017, 1, 2, "New Year's Day (substitute day)"),
        (2017, 4, 14, "Good Friday"),
        (2017, 4, 17, "Easter Monday"),
        (2017, 5, 1, "Early May bank holiday"),
        (2017, 5, 29, "Spring bank holiday"),
        (2017, 8, 28, "Summer bank holiday"),
        (2017, 12, 25, "Christmas Day"),
        (2017, 12, 26, "Boxing Day"),
        (2018, 1, 1, "New Year's Day"),
        (2018, 3, 30, "Good Friday"),
        (2018, 4, 2, "Easter Monday"),
        (2018, 5, 7, "Early May bank holiday"),
        (2018, 5, 28, "Spring bank holiday"),
        (2018, 8, 27, "Summer bank holiday"),
        (2018, 12, 25, "Christmas Day"),
        (2018, 12, 26, "Boxing Day"),
        (2019, 1, 1, "New Year's Day"),
        (2019, 4, 19, "Good Friday"),
        (2019, 4, 22, "Easter Monday"),
        (2019, 5, 6, "Early May bank holiday"),
        (2019, 5, 27, "Spring bank holiday"),
        (2019, 8, 26, "Summer bank holiday"),
        (2019, 12, 25, "Christmas Day"),
        (2019, 12, 26, "Boxing Day"),
        (2020, 1, 1, "New Year's Day"),
        (2020, 4, 10, "Good Friday"),
        (2020, 4, 13, "Easter Monday"),
        (2020, 5, 8, "Early May bank holiday (VE day)"),
        (2020, 5, 25, "Spring bank holiday"),
        (2020, 8, 31, "Summer bank holiday"),
        (2020, 12, 25, "Christmas Day"),
        (2020, 12, 28, "Boxing Day (substitute day)"),
        (2021, 1, 1, "New Year's Day"),
        (2021, 4, 2, "Good Friday"),
        (2021, 4, 5, "Easter Monday"),
        (2021, 5, 3, "Early May bank holiday"),
        (2021, 5, 31, "Spring bank holiday"),
        (2021, 8, 30, "Summer bank holiday"),
        (2021, 12, 27, "Christmas Day (substitute day)"),
        (2021, 12, 28, "Boxing Day (substitute day)"),
        (2022, 1, 3, "New Year's Day (substitute day)"),
        (2022, 4, 15, "Good Friday"),
        (2022, 4, 18, "Easter Monday"),
        (2022, 5, 2, "Early May bank holiday"),
        (2022, 6, 2, "Spring bank holiday"),
        (2022, 6, 3, "Platinum Jubilee bank holiday"),
        (2022, 8, 29, "Summer bank holiday"),
        (2022, 9, 19, "State Funeral of Queen Elizabeth II"),
        (2022, 12, 26, "Boxing Day"),
        (2022, 12, 27, "Christmas Day (substitute day)"),
        (2023, 1, 2, "New Year's Day (substitute day)"),
        (2023, 4, 7, "Good Friday"),
        (2023, 4, 10, "Easter Monday"),
        (2023, 5, 1, "Early May bank holiday"),
        (2023, 5, 8, "Coronation of King Charles III"),
        (2023, 5, 29, "Spring bank holiday"),
        (2023, 8, 28, "Summer bank holiday"),
        (2023, 12, 25, "Christmas Day"),
        (2023, 12, 26, "Boxing Day"),
        (2024, 1, 1, "New Year's Day"),
        (2024, 3, 29, "Good Friday"),
        (2024, 4, 1, "Easter Monday"),
        (2024, 5, 6, "Early May bank holiday"),
        (2024, 5, 27, "Spring bank holiday"),
        (2024, 8, 26, "Summer bank holiday"),
        (2024, 12, 25, "Christmas Day"),
        (2024, 12, 26, "Boxing Day"),
        (2025, 1, 1, "New Year's Day"),
        (2025, 4, 18, "Good Friday"),
        (2025, 4, 21, "Easter Monday"),
        (2025, 5, 5, "Early May bank holiday"),
        (2025, 5, 26, "Spring bank holiday"),
        (2025, 8, 25, "Summer bank holiday"),
        (2025, 12, 25, "Christmas Day"),
        (2025, 12, 26, "Boxing Day"),
        (2026, 1, 1, "New Year's Day"),
        (2026, 4, 3, "Good Friday"),
        (2026, 4, 6, "Easter Monday"),
        (2026, 5, 4, "Early May bank holiday"),
        (2026, 5, 25, "Spring bank holiday"),
        (2026, 8, 31, "Summer bank holiday"),
        (2026, 12, 25, "Christmas Day"),
        (2026, 12, 28, "Boxing Day (substitute day)"),
        (2027, 1, 1, "New Year's Day"),
        (2027, 3, 26, "Good Friday"),
        (2027, 3, 29, "Easter Monday"),
        (2027, 5, 3, "Early May bank holiday"),
        (2027, 5, 31, "Spring bank holiday"),
        (2027, 8, 30, "Summer bank holiday"),
        (2027, 12, 27, "Christmas Day (substitute day)"),
        (2027, 12, 28, "Boxing Day (substitute day)"),
        (2028, 1, 3, "New Year's Day (substitute day)"),
        (2028, 4, 14, "Good Friday"),
        (2028, 4, 17, "Easter Monday"),
        (2028, 5, 1, "Early May bank holiday"),
        (2028, 5, 29, "Spring bank holiday"),
        (2028, 8, 28, "Summer bank holiday"),
        (2028, 12, 25, "Christmas Day"),
        (2028, 12, 26, "Boxing Day"),
        (2029, 1, 1, "New Year's Day"),
        (2029, 3, 30, "Good Friday"),
        (2029, 4, 2, "Easter Monday"),
        (2029, 5, 7, "Early May bank holiday"),
        (2029, 5, 28, "Spring bank holiday"),
        (2029, 8, 27, "Summer bank holiday"),
        (2029, 12, 25, "Christmas Day"),
        (2029, 12, 26, "Boxing Day"),
        (2030, 1, 1, "New Year's Day"),
        (2030, 4, 19, "Good Friday"),
        (2030, 4, 22, "Easter Monday"),
        (2030, 5, 6, "Early May bank holiday"),
        (2030, 5, 27, "Spring bank holiday"),
        (2030, 8, 26, "Summer bank holiday"),
        (2030, 12, 25, "Christmas Day"),
        (2030, 12, 26, "Boxing Day"),
    ]
}
