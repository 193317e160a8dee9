import OversightDomain

/// The page for recording who attended a meeting.
enum MeetingAttendance {}

extension MeetingAttendance {
    /// The body's members on the day of the meeting, each with the answer the form holds for them.
    struct Model {
        struct Member {
            var personID: Person.ID
            var name: String
            var role: String
            /// The answer as submitted or as recorded, a status code.
            var selected: String?
        }

        var meetingID: Meeting.ID
        var bodyName: String
        var when: String
        var members: [Member]

        init(_ page: MeetingPageModel, statuses: [Person.ID: String]) {
            let meeting = page.meeting
            meetingID = meeting.id
            bodyName = page.record.body.name
            when = meeting.when
            members = page.members.filter { $0.isCurrent(on: meeting.date) }.map { member in
                Member(personID: member.personID, name: page.name(member.personID), role: member.role.label,
                       selected: statuses[member.personID])
            }
        }
    }
}
