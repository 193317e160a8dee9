import OversightDocuments
import OversightDomain
import OversightStore

/// What a meeting's pages are built from (`MeetingDetail.Model`, `MeetingAttendance.Model`, `ItemMinutes.Model`),
/// already stripped of Part II items for readers without the right.
struct MeetingPageModel {
    var record: MeetingRecord
    var members: [Membership]
    var people: [Person.ID: Person]
    var reports: [Report.ID: ReportSummary]
    /// The meeting that approved these minutes, and the body's later meetings that could.
    var approvedAt: Meeting?
    var laterMeetings: [Meeting]
    var rules: PublicationRules
    var today: CalendarDate
    /// Whether publishing the agenda froze a board pack for this meeting.
    var packFrozen = false

    var meeting: Meeting { record.meeting }
    func name(_ id: Person.ID) -> String { people[id]?.name ?? "Someone removed from People" }
}
