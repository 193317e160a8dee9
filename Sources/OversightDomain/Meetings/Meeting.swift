/// One meeting of a body: its date and place, its agenda and, once held, its minutes.
public struct Meeting: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Meeting>

    public var id: ID
    public var councilID: Council.ID
    public var bodyID: GoverningBody.ID
    public var date: CalendarDate
    /// Europe/London wall-clock time, as the agenda prints it.
    public var time: ClockTime
    /// A room and building, or "Online (Microsoft Teams)".
    public var place: String
    public var status: MeetingStatus
    /// The day the agenda and papers were published, and why when it was later than the rules allow.
    public var agendaPublishedOn: CalendarDate?
    public var lateReason: String?
    public var cancelReason: String?
    /// The later meeting of the same body that approved these minutes.
    public var minutesApprovedAt: ID?
    public var version: Int

    public init(id: ID, councilID: Council.ID, bodyID: GoverningBody.ID, date: CalendarDate, time: ClockTime, place: String,
                status: MeetingStatus = .scheduled, agendaPublishedOn: CalendarDate? = nil, lateReason: String? = nil,
                cancelReason: String? = nil, minutesApprovedAt: ID? = nil, version: Int = 1) {
        self.id = id
        self.councilID = councilID
        self.bodyID = bodyID
        self.date = date
        self.time = time
        self.place = place
        self.status = status
        self.agendaPublishedOn = agendaPublishedOn
        self.lateReason = lateReason
        self.cancelReason = cancelReason
        self.minutesApprovedAt = minutesApprovedAt
        self.version = version
    }

    /// "Thursday 12 October 2017, 10am".
    public var when: String { "\(UKDateFormat.withWeekday(date)), \(time.label)" }

    /// The agenda can change until the meeting is held; the minutes only between then and approval.
    public var agendaIsOpen: Bool { status == .scheduled || status == .agendaPublished }
    public var minutesAreOpen: Bool { status == .held }
}

/// A time of day on the 24-hour clock, printed in GOV.UK style: "10am", "2:30pm", "midday".
public struct ClockTime: Hashable, Comparable, Sendable, Codable {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// "14:30", "9:00", "2:30pm", "10am", "10.30am": the ways people type a time.
    public init?(text: String) {
        var rest = text.lowercased().filter { !$0.isWhitespace }
        var offset = 0
        if rest.hasSuffix("am") || rest.hasSuffix("pm") {
            offset = rest.hasSuffix("pm") ? 12 : 0
            rest.removeLast(2)
            let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
            guard (1...2).contains(parts.count), let hour = Int(parts[0]), (1...12).contains(hour) else { return nil }
            let minute = parts.count == 2 ? Int(parts[1]) : 0
            guard let minute, parts.count == 1 || parts[1].count == 2 else { return nil }
            self.init(hour: hour % 12 + offset, minute: minute)
        } else {
            let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
            guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
            self.init(hour: hour, minute: minute)
        }
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute) }

    /// "14:30", for a form field and the database.
    public var code: String { "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)" }

    public var label: String {
        if minute == 0 && hour == 12 { return "midday" }
        if minute == 0 && hour == 0 { return "midnight" }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        return minute == 0 ? "\(twelve)\(suffix)" : "\(twelve):\(minute < 10 ? "0" : "")\(minute)\(suffix)"
    }
}
