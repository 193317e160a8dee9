import OversightDomain

/// A body's page: what it is for, who sits on it, and its meetings.
enum BodyDetail {}

extension BodyDetail {
    /// Built from the loaded `BodyPageModel`: its members split into current and former and put in
    /// order of role, then name, and its meetings split at today, the past ones latest first.
    struct Model {
        struct Member {
            var id: Membership.ID
            var name: String
            var role: String
            var from: CalendarDate
            var until: CalendarDate?
        }

        struct MeetingRow {
            var id: Meeting.ID
            var when: String
            var place: String
            var status: MeetingStatus
        }

        var id: GoverningBody.ID
        var name: String
        var kind: String
        var quorum: Int
        /// Markdown, rendered as every narrative is.
        var termsOfReference: String
        /// The name of the template new reports to the body start from, for those who manage it.
        var reportTemplate = "The standard template"
        var currentMembers: [Member]
        var formerMembers: [Member]
        var upcomingMeetings: [MeetingRow]
        var pastMeetings: [MeetingRow]

        init(_ page: BodyPageModel) {
            func personName(_ id: Person.ID) -> String { page.people[id]?.name ?? "Someone removed from People" }
            func ordered(_ members: [Membership]) -> [Member] {
                members.sorted { ($0.role.sortOrder, personName($0.personID)) < ($1.role.sortOrder, personName($1.personID)) }.map { member in
                    Member(id: member.id, name: personName(member.personID), role: member.role.label, from: member.from, until: member.until)
                }
            }
            func rows(_ meetings: [Meeting]) -> [MeetingRow] {
                meetings.map { MeetingRow(id: $0.id, when: $0.when, place: $0.place, status: $0.status) }
            }
            let body = page.body
            id = body.id
            name = body.name
            kind = body.kind.label
            quorum = body.quorum
            termsOfReference = body.termsOfReference
            // Someone joining on a later date is listed with the current members, under the date they join.
            currentMembers = ordered(page.members.filter { $0.isNotEnded(on: page.today) })
            formerMembers = ordered(page.members.filter { !$0.isNotEnded(on: page.today) })
            upcomingMeetings = rows(page.meetings.filter { $0.date >= page.today })
            pastMeetings = rows(Array(page.meetings.filter { $0.date < page.today }.reversed()))
        }
    }
}

extension MemberRole {
    /// Chairs first, then members, then those who attend without a vote.
    var sortOrder: Int { MemberRole.allCases.firstIndex(of: self) ?? 0 }
}
