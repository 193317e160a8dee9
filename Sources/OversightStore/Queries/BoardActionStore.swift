import Fluent
import Foundation
import OversightDomain

/// The action log: every action a body raised, across its meetings.
public enum BoardActionStore {
    public static func all(in council: Council.ID, on db: any Database) async throws -> [BoardAction] {
        try await BoardActionModel.query(on: db).filter(\.$councilID == council.rawValue).sort(\.$due).sort(\.$reference).all()
            .map { try $0.toDomain() }
    }

    /// The person's open actions, for their home page.
    public static func owned(by owner: Person.ID, in council: Council.ID, on db: any Database) async throws -> [BoardAction] {
        try await BoardActionModel.query(on: db).filter(\.$councilID == council.rawValue).filter(\.$ownerID == owner.rawValue)
            .filter(\.$closedOn == nil).sort(\.$due).all().map { try $0.toDomain() }
    }

    public static func find(_ id: BoardAction.ID, in council: Council.ID, on db: any Database) async throws -> BoardAction? {
        try await BoardActionModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$councilID == council.rawValue)
            .first()?.toDomain()
    }

    /// How many actions the meeting has raised so far: the next one's reference counts on from it.
    public static func count(raisedAt meeting: Meeting.ID, on db: any Database) async throws -> Int {
        try await BoardActionModel.query(on: db).filter(\.$meetingID == meeting.rawValue).count()
    }

    public static func create(_ action: BoardAction, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = BoardActionModel()
        model.id = action.id.rawValue
        model.councilID = action.councilID.rawValue
        model.bodyID = action.bodyID.rawValue
        model.meetingID = action.meetingID.rawValue
        model.itemID = action.itemID?.rawValue
        model.reference = action.reference
        fill(model, from: action)
        try await translatingConstraintFailures(field: "reference") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func save(_ action: BoardAction, expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await VersionedUpdate.apply(BoardActionModel.self, id: action.id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { fill($0, from: action) }
    }

    public static func updates(of actions: [BoardAction.ID], on db: any Database) async throws -> [BoardActionUpdate] {
        guard !actions.isEmpty else { return [] }
        return try await BoardActionUpdateModel.query(on: db).filter(\.$actionID ~~ actions.map(\.rawValue))
            .sort(\.$date).sort(\.$createdAt).all().map { try $0.toDomain() }
    }

    public static func addUpdate(_ update: BoardActionUpdate, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = BoardActionUpdateModel()
        model.id = UUID()
        model.actionID = update.actionID.rawValue
        model.date = update.date.iso
        model.text = update.text
        model.author = update.author
        model.createdAt = now
        try await model.create(on: db)
    }

    private static func fill(_ model: BoardActionModel, from action: BoardAction) {
        model.what = action.what
        model.ownerID = action.ownerID.rawValue
        model.due = action.due.iso
        model.closedAt = action.closedAt?.rawValue
        model.closedOn = action.closedOn?.iso
        model.closingNote = action.closingNote
    }
}
