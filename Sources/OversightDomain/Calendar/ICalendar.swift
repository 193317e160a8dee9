import Foundation

/// One entry in the calendar: a meeting at a time, or a deadline that takes the whole day.
public struct CalendarEntry: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case meeting, papersDue = "papers-due", updatesDue = "updates-due"

        public var label: String {
            switch self {
            case .meeting: "Meeting"
            case .papersDue: "Papers due"
            case .updatesDue: "Updates due"
            }
        }
    }

    /// Stable across requests, so a subscribed calendar updates an entry instead of adding another.
    public var uid: String
    public var kind: Kind
    public var date: CalendarDate
    /// Europe/London wall-clock time; nil for an all-day deadline.
    public var time: ClockTime?
    public var minutes: Int
    public var title: String
    public var location: String?
    public var notes: String?
    public var url: String?
    public var cancelled: Bool

    public init(uid: String, kind: Kind, date: CalendarDate, time: ClockTime? = nil, minutes: Int = 120, title: String,
                location: String? = nil, notes: String? = nil, url: String? = nil, cancelled: Bool = false) {
        self.uid = uid
        self.kind = kind
        self.date = date
        self.time = time
        self.minutes = minutes
        self.title = title
        self.location = location
        self.notes = notes
        self.url = url
        self.cancelled = cancelled
    }
}

/// Writes an iCalendar (RFC 5545) feed that Outlook, Google Calendar and Apple Calendar can
/// subscribe to: CRLF line endings, lines folded at 75 octets without splitting a character,
/// text escaped, times in Europe/London with the zone described in the feed itself (Outlook
/// will not guess it), and all-day entries as dates.
public enum ICalendar {
    public static func render(name: String, entries: [CalendarEntry], stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Oversight//Boards and committees//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(name),
            "X-WR-TIMEZONE:Europe/London",
            // Subscribers look again after six hours.
            "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
            "X-PUBLISHED-TTL:PT6H",
        ]
        lines += europeLondon
        let dtstamp = utc(stamp)
        for entry in entries {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + escape(entry.uid))
            lines.append("DTSTAMP:" + dtstamp)
            if let time = entry.time {
                let start = LocalDateTime(date: entry.date, hour: time.hour, minute: time.minute)
                lines.append("DTSTART;TZID=Europe/London:" + start.local)
                lines.append("DTEND;TZID=Europe/London:" + start.adding(minutes: entry.minutes).local)
            } else {
                lines.append("DTSTART;VALUE=DATE:" + basic(entry.date))
                lines.append("DTEND;VALUE=DATE:" + basic(entry.date.adding(days: 1)))
                lines.append("TRANSP:TRANSPARENT")
            }
            lines.append("SUMMARY:" + escape(entry.title))
            if let location = entry.location { lines.append("LOCATION:" + escape(location)) }
            if let notes = entry.notes { lines.append("DESCRIPTION:" + escape(notes)) }
            if let url = entry.url { lines.append("URL:" + url) }
            lines.append("CATEGORIES:" + escape(entry.kind.label))
            lines.append("STATUS:" + (entry.cancelled ? "CANCELLED" : "CONFIRMED"))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, newlines as "\n".
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r\n", "\n", "\r": out += "\\n"
            default:
                // Other control characters are not allowed in a content line.
                if let ascii = character.asciiValue, ascii < 0x20 || ascii == 0x7F { continue }
                out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1).
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = "", octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(character)
            octets += size
        }
        return out
    }

    static func basic(_ date: CalendarDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    static func utc(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        // Day numbers count from 1 January 1970, as Unix time does.
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.dayNumber * 86_400
        return basic(day) + "T" + two(rest / 3600) + two(rest % 3600 / 60) + two(rest % 60) + "Z"
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Europe/London since 1996: GMT in winter, BST from the last Sunday of March at 1am UTC to
    /// the last Sunday of October.
    static let europeLondon = [
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
}

/// A local date and time of day, for writing DTSTART and DTEND.
struct LocalDateTime {
    var date: CalendarDate
    var hour: Int
    var minute: Int

    func adding(minutes: Int) -> LocalDateTime {
        let total = hour * 60 + minute + minutes
        return LocalDateTime(date: date.adding(days: total / 1440), hour: total % 1440 / 60, minute: total % 60)
    }

    var local: String { ICalendar.basic(date) + "T" + ICalendar.two(hour) + ICalendar.two(minute) + "00" }
}
