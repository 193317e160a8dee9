import OversightDomain
import OversightStore

/// A meeting's page.
enum MeetingDetail {}

extension MeetingDetail {
    /// Built from the loaded `MeetingPageModel`, which has already lost its Part II items for a
    /// reader without the right: the papers deadline and the moves the meeting can make today, the
    /// agenda with the reports this reader may see, and the minutes with attendance, quorum and
    /// each item's declarations and decisions.
    struct Model {
        /// The pack is there to read while the agenda is being drawn up, and once it is frozen.
        enum Pack { case frozen, draft, notOffered }

        struct MeetingDay {
            var id: Meeting.ID
            var date: CalendarDate
        }

        struct Publication {
            var on: CalendarDate
            var lateReason: String?
        }

        struct PapersDue {
            var by: CalendarDate
            var isPast: Bool
        }

        struct LinkedReport {
            var id: Report.ID
            var title: String
        }

        struct AgendaEntry {
            var id: AgendaItem.ID
            var position: Int
            var title: String
            var isExempt: Bool
            var exemptUnder: Schedule12A?
            var report: LinkedReport?
            var papers: [String]
        }

        struct AttendanceSummary {
            /// "Name (role); Name (role)", or "None".
            var present: String
            var apologies: String
            var absent: String
            var presentVoters: Int
            var quorum: Int
            var isQuorate: Bool
        }

        struct DeclaredInterest {
            var name: String
            var interest: String
            var dispensation: String?
        }

        struct ItemMinute {
            var id: AgendaItem.ID
            var position: Int
            var title: String
            var declarations: [DeclaredInterest]
            /// Markdown; empty until the minute is written.
            var discussion: String
            var decisions: [DecisionBlock.Model]
        }

        var id: Meeting.ID
        var bodyID: GoverningBody.ID
        var bodyName: String
        var date: CalendarDate
        var when: String
        var place: String
        var status: MeetingStatus
        var version: Int
        var agendaIsOpen: Bool
        var minutesAreOpen: Bool
        var publication: Publication?
        /// Shown while the agenda is open and not yet published.
        var papersDue: PapersDue?
        var cancelReason: String?
        /// The later meeting that approved these minutes.
        var approvedAt: MeetingDay?
        var pack: Pack
        var canPublish: Bool
        /// Publishing today would be late, so the form asks why.
        var publishingIsLate: Bool
        var publishBy: CalendarDate
        /// A meeting is recorded as held on or after its date.
        var canHold: Bool
        /// The body's later meetings, not cancelled and not in the future, that could approve the
        /// minutes; empty when the minutes cannot be approved now.
        var approvalMeetings: [MeetingDay]
        var canCancel: Bool
        var agenda: [AgendaEntry]
        var showsMinutes: Bool
        var minutesApproved: Bool
        /// Nil until attendance is recorded.
        var attendance: AttendanceSummary?
        var itemMinutes: [ItemMinute]
        var actions: BoardActionTable.Model

        init(_ page: MeetingPageModel) {
            let record = page.record
            let meeting = page.meeting
            let today = page.today
            id = meeting.id
            bodyID = meeting.bodyID
            bodyName = record.body.name
            date = meeting.date
            when = meeting.when
            place = meeting.place
            status = meeting.status
            version = meeting.version
            agendaIsOpen = meeting.agendaIsOpen
            minutesAreOpen = meeting.minutesAreOpen

            let deadline = page.rules.publishBy(meeting: meeting.date)
            publication = meeting.agendaPublishedOn.map { Publication(on: $0, lateReason: meeting.lateReason) }
            if meeting.agendaPublishedOn == nil && meeting.agendaIsOpen {
                papersDue = PapersDue(by: deadline, isPast: deadline < today)
            } else {
                papersDue = nil
            }
            cancelReason = meeting.cancelReason
            approvedAt = page.approvedAt.map { MeetingDay(id: $0.id, date: $0.date) }
            if page.packFrozen {
                pack = .frozen
            } else if meeting.status == .scheduled {
                pack = .draft
            } else {
                pack = .notOffered
            }

            canPublish = MeetingEvent.publishAgenda.apply(to: meeting.status) != nil
            publishingIsLate = page.rules.isLate(published: today, meeting: meeting.date)
            publishBy = deadline
            canHold = MeetingEvent.hold.apply(to: meeting.status) != nil && meeting.date <= today
            if MeetingEvent.approveMinutes.apply(to: meeting.status) != nil {
                approvalMeetings = page.laterMeetings.filter { $0.status != .cancelled && $0.date <= today }
                    .map { MeetingDay(id: $0.id, date: $0.date) }
            } else {
                approvalMeetings = []
            }
            canCancel = MeetingEvent.cancel.apply(to: meeting.status) != nil

            agenda = record.items.map { item in
                AgendaEntry(id: item.id, position: item.position, title: item.title, isExempt: item.isExempt,
                            exemptUnder: item.exemption?.paragraph,
                            report: item.reportID.flatMap { page.reports[$0] }.map { LinkedReport(id: $0.id, title: $0.title) },
                            papers: item.papers)
            }

            showsMinutes = meeting.status == .held || meeting.status == .minutesApproved
            minutesApproved = meeting.status == .minutesApproved
            if record.attendance.isEmpty {
                attendance = nil
            } else {
                let statuses = Dictionary(record.attendance.map { ($0.personID, $0.status) }, uniquingKeysWith: { a, _ in a })
                func names(_ status: AttendanceStatus) -> String {
                    let listed = page.members.filter { statuses[$0.personID] == status }
                        .map { "\(page.name($0.personID)) (\($0.role.label.lowercased()))" }
                    return listed.isEmpty ? "None" : listed.joined(separator: "; ")
                }
                let present = Quorum.presentVoters(record.attendance, members: page.members, on: meeting.date)
                attendance = AttendanceSummary(present: names(.present), apologies: names(.apologies), absent: names(.absent),
                                               presentVoters: present, quorum: record.body.quorum,
                                               isQuorate: present >= record.body.quorum)
            }
            itemMinutes = record.items.map { item in
                ItemMinute(id: item.id, position: item.position, title: item.title,
                           declarations: record.declarations.filter { $0.itemID == item.id }.map { declaration in
                               DeclaredInterest(name: page.name(declaration.personID), interest: declaration.interest,
                                                dispensation: declaration.dispensation)
                           },
                           discussion: item.discussion,
                           decisions: record.decisions.filter { $0.itemID == item.id }.map { DecisionBlock.Model($0, item: item) })
            }
            actions = BoardActionTable.Model(record.actions, people: page.people, today: today)
        }
    }
}
