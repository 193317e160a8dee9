import Fluent
import Foundation
import OversightDomain
import OversightStore

/// A meeting from scheduling to approved minutes. Every rule that refuses a change is checked
/// before anything is written, and every change writes its audit entry in the same transaction.
struct RunMeeting {
    var dependencies: Dependencies
    var rules: PublicationRules

    var today: CalendarDate { .inLondon(dependencies.now()) }

    func schedule(_ draft: MeetingDraft, in council: Council.ID, by actor: Actor, on db: any Database) async throws -> Meeting.ID {
        guard draft.date >= today else { throw MeetingError.scheduledInThePast(draft.date) }
        let meeting = Meeting(id: .init(dependencies.newID()), councilID: council, bodyID: draft.bodyID, date: draft.date,
                              time: draft.time, place: draft.place)
        let now = dependencies.now()
        try await audited("meeting.schedule", meeting, after: Audit.json(meeting), by: actor, on: db) { change in
            try await MeetingStore.create(meeting, at: now, on: change)
        }
        return meeting.id
    }

    /// A new date, time or place, until the meeting is held. A moved meeting cannot move into the past.
    func change(_ meeting: Meeting, to draft: MeetingDraft, expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        guard meeting.agendaIsOpen else { throw MeetingError.agendaClosed(meeting.status) }
        if draft.date != meeting.date && draft.date < today { throw MeetingError.scheduledInThePast(draft.date) }
        var after = meeting
        after.date = draft.date
        after.time = draft.time
        after.place = draft.place
        try await save(after, from: meeting, expectedVersion: expectedVersion, "meeting.update", by: actor, on: db)
    }

    /// Publishing the agenda records the day; late papers need the reason. Holding needs the day to
    /// have come. Minutes are approved at a later meeting of the same body, once and for all.
    /// Publishing the agenda also freezes the board pack, in the same transaction.
    func move(_ meeting: Meeting, _ event: MeetingEvent, reason: String?, approvedAt later: Meeting?, expectedVersion: Int,
              council: Council, by actor: Actor, on db: any Database) async throws {
        if event == .approveMinutes, meeting.status == .minutesApproved {
            throw MeetingError.minutesApprovedAlready(approvedAt: later?.id == meeting.minutesApprovedAt ? later?.date : nil)
        }
        guard let status = event.apply(to: meeting.status) else {
            throw MeetingError.transitionRefused(event: event, from: meeting.status)
        }
        var after = meeting
        after.status = status
        switch event {
        case .publishAgenda:
            if rules.isLate(published: today, meeting: meeting.date) {
                guard let reason else { throw MeetingError.lateWithoutReason(publishBy: rules.publishBy(meeting: meeting.date)) }
                after.lateReason = reason
            }
            after.agendaPublishedOn = today
        case .hold:
            guard meeting.date <= today else { throw MeetingError.heldBeforeItsDate(meeting.date) }
        case .approveMinutes:
            guard let later, later.bodyID == meeting.bodyID, later.date > meeting.date, later.status != .cancelled,
                  later.date <= today else { throw MeetingError.approvalNotLater }
            after.minutesApprovedAt = later.id
        case .cancel:
            guard let reason else { throw MeetingError.cancelWithoutReason }
            after.cancelReason = reason
        }
        guard event == .publishAgenda else {
            try await save(after, from: meeting, expectedVersion: expectedVersion, "meeting.\(event.rawValue)", by: actor, on: db)
            return
        }
        // Built from the meeting as it will be published, before the transaction; written within it.
        let pack = try await BoardPackDocument.build(after, council: council, asOf: today, rules: rules, on: db)
        let partOne = try ReportDocument.canonical(pack.partOne), full = try ReportDocument.canonical(pack.full)
        let now = dependencies.now(), today = today, published = after
        try await audited("meeting.\(event.rawValue)", meeting, before: Audit.json(meeting), after: Audit.json(after), by: actor,
                          on: db) { change in
            try await MeetingStore.save(published, expectedVersion: expectedVersion, at: now, on: change)
            try await BoardPackStore.freeze(meeting.id, builtOn: today, by: actor.label, partOne: partOne, full: full, at: now, on: change)
        }
    }

    func addItem(_ draft: AgendaItemForm.Draft, to meeting: Meeting, by actor: Actor, on db: any Database) async throws {
        guard meeting.agendaIsOpen else { throw MeetingError.agendaClosed(meeting.status) }
        let id = AgendaItem.ID(dependencies.newID())
        let now = dependencies.now()
        try await audited("meeting.item.add", meeting, after: Audit.json(draft.title), by: actor, on: db) { change in
            let tx = change.db
            let position = try await MeetingStore.nextPosition(of: meeting.id, on: tx)
            let item = AgendaItem(id: id, meetingID: meeting.id, position: position, title: draft.title, part: draft.part,
                                  exemption: draft.exemption, reportID: draft.reportID, papers: draft.papers)
            try await MeetingStore.addItem(item, at: now, on: change)
        }
    }

    func changeItem(_ item: AgendaItem, of meeting: Meeting, to draft: AgendaItemForm.Draft, expectedVersion: Int,
                    by actor: Actor, on db: any Database) async throws {
        guard meeting.agendaIsOpen else { throw MeetingError.agendaClosed(meeting.status) }
        // Publishing froze the packs with this item in Part I; marking it exempt now would leave it in the public pack.
        if meeting.agendaPublishedOn != nil, !item.isExempt, draft.part == .partII { throw MeetingError.madeExemptAfterPublication }
        var after = item
        after.title = draft.title
        after.part = draft.part
        after.exemption = draft.exemption
        after.reportID = draft.reportID
        after.papers = draft.papers
        try await saveItem(after, from: item, of: meeting, expectedVersion: expectedVersion, "meeting.item.update", by: actor, on: db)
    }

    func writeMinute(_ text: String, for item: AgendaItem, of meeting: Meeting, expectedVersion: Int, by actor: Actor,
                     on db: any Database) async throws {
        guard meeting.minutesAreOpen else { throw MeetingError.minutesClosed(meeting.status) }
        var after = item
        after.discussion = text
        try await saveItem(after, from: item, of: meeting, expectedVersion: expectedVersion, "meeting.minute.write", by: actor, on: db)
    }

    func recordAttendance(_ attendance: [Attendance], of meeting: Meeting, by actor: Actor, on db: any Database) async throws {
        guard meeting.minutesAreOpen else { throw MeetingError.minutesClosed(meeting.status) }
        try await audited("meeting.attendance", meeting, after: Audit.json(attendance), by: actor, on: db) { change in
            try await MeetingStore.setAttendance(attendance, of: meeting.id, on: change)
        }
    }

    func declare(_ person: Person.ID, interest: String, dispensation: String?, on item: AgendaItem, of meeting: Meeting,
                 by actor: Actor, on db: any Database) async throws {
        guard meeting.minutesAreOpen else { throw MeetingError.minutesClosed(meeting.status) }
        let declaration = Declaration(id: .init(dependencies.newID()), itemID: item.id, personID: person, interest: interest,
                                      dispensation: dispensation)
        try await audited("meeting.declaration", meeting, after: Audit.json(declaration), by: actor, on: db) { change in
            try await MeetingStore.addDeclaration(declaration, on: change)
        }
    }

    func decide(_ draft: DecisionForm.Draft, on item: AgendaItem, of meeting: Meeting, by actor: Actor,
                on db: any Database) async throws {
        guard meeting.minutesAreOpen else { throw MeetingError.minutesClosed(meeting.status) }
        let id = Decision.ID(dependencies.newID())
        let now = dependencies.now()
        try await audited("meeting.decision", meeting, after: Audit.json(draft.text), by: actor, on: db) { change in
            let tx = change.db
            let number = try await MeetingStore.nextDecisionNumber(of: item.id, on: tx)
            let decision = Decision(id: id, meetingID: meeting.id, itemID: item.id, number: number, text: draft.text,
                                    reasons: draft.reasons, alternatives: draft.alternatives, votes: draft.votes)
            try await MeetingStore.addDecision(decision, at: now, on: change)
        }
    }

    /// An action arising, referenced by the body's initials, the meeting's date and a count: "CSIB-2017-10-12-3".
    func raiseAction(_ what: String, owner: Person.ID, due: CalendarDate, on item: AgendaItem?, of meeting: Meeting,
                     body: GoverningBody, by actor: Actor, on db: any Database) async throws {
        guard meeting.minutesAreOpen else { throw MeetingError.minutesClosed(meeting.status) }
        let id = BoardAction.ID(dependencies.newID())
        let now = dependencies.now()
        try await audited("meeting.action.raise", meeting, after: Audit.json(what), by: actor, on: db) { change in
            let tx = change.db
            let count = try await BoardActionStore.count(raisedAt: meeting.id, on: tx)
            let action = BoardAction(id: id, councilID: meeting.councilID, bodyID: body.id, meetingID: meeting.id, itemID: item?.id,
                                     reference: BoardActionReference.make(body: body.name, meeting: meeting.date, count: count + 1),
                                     what: what, ownerID: owner, due: due)
            try await BoardActionStore.create(action, at: now, on: change)
        }
    }

    private func save(_ after: Meeting, from before: Meeting, expectedVersion: Int, _ action: String, by actor: Actor,
                      on db: any Database) async throws {
        let now = dependencies.now()
        try await audited(action, before, before: Audit.json(before), after: Audit.json(after), by: actor, on: db) { change in
            try await MeetingStore.save(after, expectedVersion: expectedVersion, at: now, on: change)
        }
    }

    private func saveItem(_ after: AgendaItem, from before: AgendaItem, of meeting: Meeting, expectedVersion: Int, _ action: String,
                          by actor: Actor, on db: any Database) async throws {
        let now = dependencies.now()
        try await audited(action, meeting, before: Audit.json(before), after: Audit.json(after), by: actor, on: db) { change in
            try await MeetingStore.saveItem(after, expectedVersion: expectedVersion, at: now, on: change)
        }
    }

    private func audited(_ action: String, _ meeting: Meeting, before: String? = nil, after: String? = nil, by actor: Actor,
                         on db: any Database, _ change: @escaping @Sendable (Change) async throws -> Void) async throws {
        try await Audit.recording(actor.record(action, "meeting", id: meeting.id.description, before: before, after: after),
                                  touching: [.meetings(meeting.councilID)], on: db, dependencies: dependencies, change)
    }
}
