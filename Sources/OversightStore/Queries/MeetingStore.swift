import Fluent
import Foundation
import OversightDomain

/// A meeting with everything its page shows: the body, the agenda, who came, what was declared,
/// decided and asked for. Loaded in a fixed handful of queries whatever the agenda's length.
public struct MeetingRecord: Sendable {
    public var meeting: Meeting
    public var body: GoverningBody
    public var items: [AgendaItem]
    public var attendance: [Attendance]
    public var declarations: [Declaration]
    public var decisions: [Decision]
    public var actions: [BoardAction]

    public init(meeting: Meeting, body: GoverningBody, items: [AgendaItem], attendance: [Attendance], declarations: [Declaration],
                decisions: [Decision], actions: [BoardAction]) {
        self.meeting = meeting
        self.body = body
        self.items = items
        self.attendance = attendance
        self.declarations = declarations
        self.decisions = decisions
        self.actions = actions
    }

    /// The same record without anything from Part II items, for readers without Part II access.
    public var partOne: MeetingRecord {
        var copy = self
        let hidden = Set(items.filter(\.isExempt).map(\.id))
        copy.items = items.filter { !$0.isExempt }
        copy.declarations = declarations.filter { !hidden.contains($0.itemID) }
        copy.decisions = decisions.filter { !hidden.contains($0.itemID) }
        copy.actions = actions.filter { $0.itemID.map { !hidden.contains($0) } ?? true }
        return copy
    }

    /// As the public may read it: nothing of the agenda (its items, nor anything recorded against
    /// them) until the agenda is published. Apply to `partOne`.
    public var published: MeetingRecord {
        guard meeting.agendaPublishedOn == nil else { return self }
        var copy = self
        copy.items = []
        copy.declarations = []
        copy.decisions = []
        copy.actions = actions.filter { $0.itemID == nil }
        return copy
    }
}

public enum MeetingStore {
    public static func find(_ id: Meeting.ID, in council: Council.ID, on db: any Database) async throws -> Meeting? {
        try await MeetingModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$councilID == council.rawValue)
            .first()?.toDomain()
    }

    /// Meetings of the council, or of one body, between two dates inclusive, earliest first.
    public static func meetings(in council: Council.ID, body: GoverningBody.ID? = nil, from: CalendarDate? = nil,
                                to: CalendarDate? = nil, on db: any Database) async throws -> [Meeting] {
        var query = MeetingModel.query(on: db).filter(\.$councilID == council.rawValue)
        if let body { query = query.filter(\.$bodyID == body.rawValue) }
        // ISO dates sort and compare as text.
        if let from { query = query.filter(\.$date >= from.iso) }
        if let to { query = query.filter(\.$date <= to.iso) }
        return try await query.sort(\.$date).sort(\.$time).all().map { try $0.toDomain() }
    }

    public static func record(_ meeting: Meeting, body: GoverningBody, on db: any Database) async throws -> MeetingRecord {
        let items = try await AgendaItemModel.query(on: db).filter(\.$meetingID == meeting.id.rawValue).sort(\.$position).all()
            .map { try $0.toDomain() }
        let attendance = try await AttendanceModel.query(on: db).filter(\.$meetingID == meeting.id.rawValue).all()
            .map { try $0.toDomain() }
        let declarations = items.isEmpty ? [] : try await DeclarationModel.query(on: db)
            .filter(\.$itemID ~~ items.map(\.id.rawValue)).all().map { try $0.toDomain() }
        let decisions = try await DecisionModel.query(on: db).filter(\.$meetingID == meeting.id.rawValue).sort(\.$number).all()
            .map { try $0.toDomain() }
        let actions = try await BoardActionModel.query(on: db).filter(\.$meetingID == meeting.id.rawValue).sort(\.$reference).all()
            .map { try $0.toDomain() }
        let order = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0.position) })
        return MeetingRecord(meeting: meeting, body: body, items: items, attendance: attendance, declarations: declarations,
                             decisions: decisions.sorted { (order[$0.itemID] ?? 0, $0.number) < (order[$1.itemID] ?? 0, $1.number) },
                             actions: actions)
    }

    public static func create(_ meeting: Meeting, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = MeetingModel()
        model.id = meeting.id.rawValue
        model.councilID = meeting.councilID.rawValue
        model.bodyID = meeting.bodyID.rawValue
        fill(model, from: meeting)
        try await model.createFirstVersion(at: now, on: db)
    }

    /// Saves every changeable field of the meeting if nobody changed it since `expectedVersion`.
    public static func save(_ meeting: Meeting, expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await VersionedUpdate.apply(MeetingModel.self, id: meeting.id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { fill($0, from: meeting) }
    }

    // MARK: Agenda

    public static func item(_ id: AgendaItem.ID, of meeting: Meeting.ID, on db: any Database) async throws -> AgendaItem? {
        try await AgendaItemModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$meetingID == meeting.rawValue)
            .first()?.toDomain()
    }

    public static func nextPosition(of meeting: Meeting.ID, on db: any Database) async throws -> Int {
        let last = try await AgendaItemModel.query(on: db).filter(\.$meetingID == meeting.rawValue).max(\.$position)
        return (last ?? 0) + 1
    }

    public static func addItem(_ item: AgendaItem, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = AgendaItemModel()
        model.id = item.id.rawValue
        model.meetingID = item.meetingID.rawValue
        model.position = item.position
        fill(model, from: item)
        try await translatingConstraintFailures(field: "position") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func saveItem(_ item: AgendaItem, expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await VersionedUpdate.apply(AgendaItemModel.self, id: item.id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { fill($0, from: item) }
    }

    // MARK: Minutes

    /// Replaces the meeting's attendance with `attendance`: one row per person.
    public static func setAttendance(_ attendance: [Attendance], of meeting: Meeting.ID, on change: Change) async throws {
        let db = change.written()
        try await AttendanceModel.query(on: db).filter(\.$meetingID == meeting.rawValue).delete()
        for entry in attendance {
            let model = AttendanceModel()
            model.id = UUID()
            model.meetingID = meeting.rawValue
            model.personID = entry.personID.rawValue
            model.status = entry.status.rawValue
            try await model.create(on: db)
        }
    }

    public static func addDeclaration(_ declaration: Declaration, on change: Change) async throws {
        let db = change.written()
        let model = DeclarationModel()
        model.id = declaration.id.rawValue
        model.itemID = declaration.itemID.rawValue
        model.personID = declaration.personID.rawValue
        model.interest = declaration.interest
        model.dispensation = declaration.dispensation
        try await model.create(on: db)
    }

    public static func nextDecisionNumber(of item: AgendaItem.ID, on db: any Database) async throws -> Int {
        let last = try await DecisionModel.query(on: db).filter(\.$itemID == item.rawValue).max(\.$number)
        return (last ?? 0) + 1
    }

    public static func addDecision(_ decision: Decision, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = DecisionModel()
        model.id = decision.id.rawValue
        model.meetingID = decision.meetingID.rawValue
        model.itemID = decision.itemID.rawValue
        model.number = decision.number
        model.text = decision.text
        model.reasons = decision.reasons
        model.alternatives = decision.alternatives
        model.votesFor = decision.votes?.inFavour
        model.votesAgainst = decision.votes?.against
        model.votesAbstained = decision.votes?.abstained
        model.createdAt = now
        try await translatingConstraintFailures(field: "decision") { try await model.create(on: db) }
    }

    private static func fill(_ model: MeetingModel, from meeting: Meeting) {
        model.date = meeting.date.iso
        model.time = meeting.time.code
        model.place = meeting.place
        model.status = meeting.status.rawValue
        model.agendaPublishedOn = meeting.agendaPublishedOn?.iso
        model.lateReason = meeting.lateReason
        model.cancelReason = meeting.cancelReason
        model.minutesApprovedAt = meeting.minutesApprovedAt?.rawValue
    }

    private static func fill(_ model: AgendaItemModel, from item: AgendaItem) {
        model.title = item.title
        model.part = item.part.rawValue
        model.exemptParagraph = item.exemption?.paragraph.rawValue
        model.publicInterest = item.exemption?.publicInterest
        model.reportID = item.reportID?.rawValue
        model.papers = item.papers.joined(separator: "\n")
        model.discussion = item.discussion
    }
}

extension MeetingStore {
    /// The Part II items of these meetings: what a reader without Part II access must not see.
    public static func exemptItemIDs(of meetings: [Meeting.ID], on db: any Database) async throws -> Set<AgendaItem.ID> {
        guard !meetings.isEmpty else { return [] }
        return Set(try await AgendaItemModel.query(on: db).filter(\.$meetingID ~~ meetings.map(\.rawValue))
            .filter(\.$part == ReportPart.partII.rawValue).all().compactMap { $0.id.map { AgendaItem.ID($0) } })
    }

    /// The agenda items of many meetings in one query, in agenda order: for feeds and lists.
    public static func items(of meetings: [Meeting.ID], on db: any Database) async throws -> [AgendaItem] {
        guard !meetings.isEmpty else { return [] }
        return try await AgendaItemModel.query(on: db).filter(\.$meetingID ~~ meetings.map(\.rawValue)).sort(\.$position).all()
            .map { try $0.toDomain() }
    }

    /// The decisions of many meetings in one query.
    public static func decisions(of meetings: [Meeting.ID], on db: any Database) async throws -> [Decision] {
        guard !meetings.isEmpty else { return [] }
        return try await DecisionModel.query(on: db).filter(\.$meetingID ~~ meetings.map(\.rawValue)).sort(\.$number).all()
            .map { try $0.toDomain() }
    }

    /// The declarations of interest made on many items, in one query: for the decisions register.
    public static func declarations(of items: [AgendaItem.ID], on db: any Database) async throws -> [Declaration] {
        guard !items.isEmpty else { return [] }
        return try await DeclarationModel.query(on: db).filter(\.$itemID ~~ items.map(\.rawValue)).all()
            .map { try $0.toDomain() }
    }
}
