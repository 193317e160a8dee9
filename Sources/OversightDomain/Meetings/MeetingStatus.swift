/// A meeting's life: scheduled, its agenda published, held, and its minutes approved at the next
/// meeting, after which they are frozen. A meeting may be cancelled until it is held.
public enum MeetingStatus: String, Labelled {
    case scheduled
    case agendaPublished = "agenda-published"
    case held
    case minutesApproved = "minutes-approved"
    case cancelled

    public var label: String {
        switch self {
        case .scheduled: "Scheduled"
        case .agendaPublished: "Agenda published"
        case .held: "Held, minutes in draft"
        case .minutesApproved: "Minutes approved"
        case .cancelled: "Cancelled"
        }
    }
}

public enum MeetingEvent: String, Labelled {
    case publishAgenda = "publish-agenda"
    case hold
    case approveMinutes = "approve-minutes"
    case cancel

    public var label: String {
        switch self {
        case .publishAgenda: "Publish the agenda"
        case .hold: "Record the meeting as held"
        case .approveMinutes: "Approve the minutes"
        case .cancel: "Cancel the meeting"
        }
    }

    /// The state after the event, or nil when the event cannot happen from `status`.
    public func apply(to status: MeetingStatus) -> MeetingStatus? {
        switch (self, status) {
        case (.publishAgenda, .scheduled): .agendaPublished
        case (.hold, .agendaPublished): .held
        case (.approveMinutes, .held): .minutesApproved
        case (.cancel, .scheduled), (.cancel, .agendaPublished): .cancelled
        default: nil
        }
    }
}

/// Why a meeting's record cannot change as asked, in words for the person asking.
public enum MeetingError: Error, Equatable, Sendable {
    case transitionRefused(event: MeetingEvent, from: MeetingStatus)
    case minutesApprovedAlready(approvedAt: CalendarDate?)
    case scheduledInThePast(CalendarDate)
    case lateWithoutReason(publishBy: CalendarDate)
    case heldBeforeItsDate(CalendarDate)
    case approvalNotLater
    case cancelWithoutReason
    case agendaClosed(MeetingStatus)
    case minutesClosed(MeetingStatus)
    /// Part I to Part II after the agenda was published: the item is already public in the frozen packs.
    case madeExemptAfterPublication

    public var message: String {
        switch self {
        case let .transitionRefused(event, from):
            "A meeting that is \(from.label.lowercased()) cannot move to \"\(event.label.lowercased())\""
        case let .minutesApprovedAlready(at):
            "These minutes were approved already" + (at.map { ", at the meeting of \(UKDateFormat.long($0))" } ?? "")
                + ": approved minutes are never changed"
        case let .scheduledInThePast(date):
            "Date of the meeting must be today or in the future: \(UKDateFormat.long(date)) has passed"
        case let .lateWithoutReason(publishBy):
            "Reason for late publication must be given: papers were due by \(UKDateFormat.withWeekday(publishBy))"
        case let .heldBeforeItsDate(date):
            "The meeting cannot be recorded as held before \(UKDateFormat.withWeekday(date))"
        case .approvalNotLater:
            "Minutes are approved at a later meeting of the same body: choose a meeting after this one"
        case .cancelWithoutReason:
            "Reason for cancelling must be given"
        case .madeExemptAfterPublication:
            "This item was published in Part I with the agenda, so it cannot be moved to Part II now. Add a new Part II item for the exempt business, and leave this one as it was published"
        case let .agendaClosed(status):
            "The agenda cannot change once the meeting is \(status.label.lowercased())"
        case let .minutesClosed(status):
            status == .minutesApproved ? "The minutes are approved and cannot change"
                : "Minutes are written once the meeting is held; this meeting is \(status.label.lowercased())"
        }
    }
}
