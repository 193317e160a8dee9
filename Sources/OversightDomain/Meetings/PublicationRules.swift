/// The statutory deadlines around a committee meeting, counted in England's working days.
///
/// Reports must be open to inspection at least five clear working days before the meeting:
/// counting back, the day of publication and the day of the meeting do not count, and neither do
/// weekends or bank holidays. A key decision needs 28 clear days' notice in the forward plan.
public struct PublicationRules: Sendable {
    public var holidays: BankHolidays
    public var clearWorkingDays: Int
    public var keyDecisionClearDays: Int

    public init(holidays: BankHolidays = .englandAndWales, clearWorkingDays: Int = 5, keyDecisionClearDays: Int = 28) {
        self.holidays = holidays
        self.clearWorkingDays = clearWorkingDays
        self.keyDecisionClearDays = keyDecisionClearDays
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        !date.weekday.isWeekend && !holidays.contains(date)
    }

    /// The last working day on which papers can be published for a meeting on `meeting`: the
    /// working day before the clear working days that must pass in between. A meeting on Thursday
    /// 12 October 2017 gives Wednesday 4 October 2017.
    public func publishBy(meeting: CalendarDate) -> CalendarDate {
        var day = meeting
        var counted = 0
        while counted < clearWorkingDays {
            day = day.adding(days: -1)
            if isWorkingDay(day) { counted += 1 }
        }
        repeat { day = day.adding(days: -1) } while !isWorkingDay(day)
        return day
    }

    /// How many clear working days lie between publication and the meeting.
    public func clearWorkingDays(from published: CalendarDate, to meeting: CalendarDate) -> Int {
        guard meeting.dayNumber - published.dayNumber > 1 else { return 0 }
        return (published.dayNumber + 1..<meeting.dayNumber).lazy.filter { isWorkingDay(CalendarDate(dayNumber: $0)) }.count
    }

    /// Papers published on `published` are late when fewer clear working days remain; publishing
    /// late needs a recorded reason.
    public func isLate(published: CalendarDate, meeting: CalendarDate) -> Bool {
        clearWorkingDays(from: published, to: meeting) < clearWorkingDays
    }

    /// The last day the forward plan notice of a key decision can be given: 28 clear days (every
    /// day counts, but neither the day of notice nor the meeting's).
    public func keyDecisionNoticeBy(meeting: CalendarDate) -> CalendarDate {
        clearDaysBefore(meeting, keyDecisionClearDays)
    }

    /// How many days short of 28 clear days a notice given on `notice` is; 0 when it is in time.
    public func keyDecisionShortfall(notice: CalendarDate, meeting: CalendarDate) -> Int {
        max(0, keyDecisionClearDays - clearDays(from: notice, to: meeting))
    }
}
