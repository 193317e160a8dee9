import OversightDomain

/// The calendar page.
enum MeetingCalendar {}

extension MeetingCalendar {
    /// Three months of calendar rows, month by month, with the months either side that can be
    /// shown and the feeds to subscribe to.
    struct Model {
        struct Month {
            var start: CalendarDate
            var rows: [CalendarRow]

            var entryCount: Int { rows.count }
        }

        struct Feed {
            var bodyID: GoverningBody.ID
            var name: String
        }

        var start: CalendarDate
        /// The last day shown.
        var last: CalendarDate
        /// The first of the three months before and after, when the calendar shows them (1900 to 2199).
        var previous: CalendarDate?
        var next: CalendarDate?
        /// The date of the last meeting before these months, given when they have nothing in them.
        var latestBefore: CalendarDate?
        var months: [Month]
        var feeds: [Feed]
        /// The site's address, for feed addresses to copy.
        var baseURL: String

        init(_ rows: [CalendarRow], start: CalendarDate, end: CalendarDate, latestBefore: CalendarRow?, bodies: [GoverningBody],
             baseURL: String) {
            self.start = start
            last = end.adding(days: -1)
            let before = start.adding(months: -3)
            previous = CalendarDate.acceptedYears.contains(before.year) ? before : nil
            next = CalendarDate.acceptedYears.contains(end.year) ? end : nil
            self.latestBefore = latestBefore?.entry.date
            var months: [Month] = []
            var month = start
            while month < end {
                let following = month.adding(months: 1)
                months.append(Month(start: month, rows: rows.filter { $0.entry.date >= month && $0.entry.date < following }))
                month = following
            }
            self.months = months
            feeds = bodies.map { Feed(bodyID: $0.id, name: $0.name) }
            self.baseURL = baseURL
        }
    }
}
