import Fluent
import SQLKit
import Foundation
import OversightDomain

public struct UpdateDraft: Equatable, Sendable, Codable {
    public var rating: Rating
    public var narrative: String
    public var evidenceLinks: [String]
    public var correctsID: ActionUpdate.ID?

    public init(rating: Rating, narrative: String, evidenceLinks: [String], correctsID: ActionUpdate.ID? = nil) {
        self.rating = rating
        self.narrative = narrative
        self.evidenceLinks = evidenceLinks
        self.correctsID = correctsID
    }
}

/// What search finds an update by: its words, rating and state, without the rest of the record.
public struct UpdateText: Equatable, Sendable {
    public var id: ActionUpdate.ID
    public var actionID: PlanAction.ID
    public var rating: Rating
    public var state: UpdateState
    public var narrative: String
    public var reviewComment: String?
}

public enum UpdateStore {
    public static func periods(of plan: Plan.ID, on db: any Database) async throws -> [UpdatePeriod] {
        // Read by column position (`ColumnRows`): every plan page shows them.
        try await ColumnRows.read("""
            SELECT id, plan_id, month, deadline, "open" FROM update_periods WHERE plan_id = \(bind: plan.rawValue)
            ORDER BY month DESC
            """, on: db).map { row in
            guard let month = CalendarDate(iso: try row.string(2)), let deadline = CalendarDate(iso: try row.string(3)) else {
                throw StoreError.corrupt("update period is unreadable")
            }
            return UpdatePeriod(id: .init(try row.uuid(0)), planID: .init(try row.uuid(1)), month: month, deadline: deadline,
                                isOpen: try row.bool(4))
        }
    }

    public static func openPeriod(_ id: UpdatePeriod.ID, plan: Plan.ID, month: CalendarDate, deadline: CalendarDate,
                                  at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = UpdatePeriodModel()
        model.id = id.rawValue
        model.$plan.id = plan.rawValue
        model.month = month.iso
        model.deadline = deadline.iso
        model.open = true
        model.createdAt = now
        try await translatingConstraintFailures(field: "month") { try await model.create(on: db) }
    }

    public static func setOpen(_ id: UpdatePeriod.ID, _ open: Bool, on change: Change) async throws {
        let db = change.written()
        try await UpdatePeriodModel.query(on: db).filter(\.$id == id.rawValue).set(\.$open, to: open).update()
    }

    /// Every update of a plan, oldest first: the history behind every page of the cycle.
    public static func updates(of plan: Plan.ID, on db: any Database) async throws -> [ActionUpdate] {
        try await ActionUpdateModel.query(on: db).filter(\.$planID == plan.rawValue).sort(\.$submittedAt)
            .all().map { try $0.toDomain() }
    }

    /// A plan's updates as search indexes them, read by column position (`ColumnRows`): a large plan
    /// has tens of thousands, and decoding each whole record (its rating definitions are JSON) had been
    /// half the time of bringing the plan's part of the index up to date (ADR 0018).
    public static func texts(of plan: Plan.ID, on db: any Database) async throws -> [UpdateText] {
        try await ColumnRows.read("""
            SELECT id, action_id, rating, state, narrative, review_comment FROM action_updates WHERE plan_id = \(bind: plan.rawValue)
            """, on: db).map { row in
            guard let rating = Rating(rawValue: try row.string(2)), let state = UpdateState(rawValue: try row.string(3)) else {
                throw StoreError.corrupt("update is unreadable")
            }
            return UpdateText(id: .init(try row.uuid(0)), actionID: .init(try row.uuid(1)), rating: rating, state: state,
                              narrative: try row.string(4), reviewComment: try row.optionalString(5))
        }
    }

    /// One action's updates, oldest first: the history a carried-forward action brings with it.
    public static func updates(ofAction action: PlanAction.ID, on db: any Database) async throws -> [ActionUpdate] {
        try await ActionUpdateModel.query(on: db).filter(\.$action.$id == action.rawValue).sort(\.$submittedAt)
            .all().map { try $0.toDomain() }
    }

    public static func submit(_ draft: UpdateDraft, id: ActionUpdate.ID, for action: PlanAction.ID, plan: Plan.ID,
                              period: UpdatePeriod.ID, definitions: RatingDefinitions, by author: String, at now: Date,
                              on change: Change) async throws {
        let db = change.written()
        try await ActionUpdateModel(id: id, action: action, plan: plan, period: period, draft: draft,
                                    definitions: definitions, author: author, at: now, state: .submitted).create(on: db)
        try await keepStanding(.actions([action.rawValue]), on: db)
    }

    /// Accepts or returns an update that is waiting; false when it is no longer waiting.
    public static func review(_ id: ActionUpdate.ID, to state: UpdateState, comment: String?, by reviewer: String,
                              on change: Change) async throws -> Bool {
        // One statement that changes the update only while it still waits for review, and says
        // whether it did: two reviewers at once cannot both accept it (a count then an update could).
        // When it did not, nothing was written.
        guard let sql = change.db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        let changed = try await sql.update(ActionUpdateModel.schema)
            .set("state", to: state.rawValue)
            .set("review_comment", to: comment)
            .set("reviewed_by", to: reviewer)
            .where("id", .equal, id.rawValue)
            .where("state", .equal, UpdateState.submitted.rawValue)
            .returning("action_id")
            .all()
        guard !changed.isEmpty else { return false }
        change.wrote()
        try await keepStanding(.actions(try changed.map { try $0.decode(column: "action_id", as: UUID.self) }), on: change.db)
        return changed.count == 1
    }

    /// History written in one statement, for the demo's nineteen months of updates.
    public static func insertHistory(_ rows: [(id: UUID, action: PlanAction.ID, period: UpdatePeriod.ID,
                                              draft: UpdateDraft, author: String, at: Date, state: UpdateState)],
                                     plan: Plan.ID, on change: Change) async throws {
        let db = change.written()
        let values = rows.map { row in
            ActionUpdateModel(id: .init(row.id), action: row.action, plan: plan, period: row.period, draft: row.draft,
                              definitions: .standard, author: row.author, at: row.at, state: row.state).insertValues
        }
        try await BulkRows.insert(into: ActionUpdateModel.schema, columns: ActionUpdateModel.insertColumns, rows: values,
                                  field: nil, on: db)
        try await keepStanding(.plan(plan), on: db)
    }

    /// What `plan_actions.standing_rating` holds: the action's newest update that was not returned.
    /// One index seek per action (covering index `action_updates_newest`).
    static let standingRating: SQLQueryString = """
        (SELECT u.rating FROM action_updates u
         WHERE u.action_id = plan_actions.id AND u.state <> \(bind: UpdateState.returned.rawValue)
         ORDER BY u.submitted_at DESC, u.id DESC LIMIT 1)
        """

    enum Standing {
        case actions([UUID])
        case plan(Plan.ID)
    }

    /// Moves the standing ratings of `which` to their updates as they now are. Every write to
    /// `action_updates` calls it in its own transaction, so the column never disagrees with the
    /// history that readers see.
    static func keepStanding(_ which: Standing, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        let condition: SQLQueryString
        switch which {
        case let .actions(ids):
            guard !ids.isEmpty else { return }
            condition = "id IN (\(binds: ids))"
        case let .plan(plan): condition = "plan_id = \(bind: plan.rawValue)"
        }
        try await sql.raw("UPDATE plan_actions SET standing_rating = \(standingRating) WHERE \(condition)").run()
    }
}

extension ActionUpdateModel {
    convenience init(id: ActionUpdate.ID, action: PlanAction.ID, plan: Plan.ID, period: UpdatePeriod.ID,
                     draft: UpdateDraft, definitions: RatingDefinitions, author: String, at now: Date,
                     state: UpdateState) {
        self.init()
        self.id = id.rawValue
        self.$action.id = action.rawValue
        self.planID = plan.rawValue
        self.$period.id = period.rawValue
        self.rating = draft.rating.rawValue
        self.narrative = draft.narrative
        self.evidenceLinks = draft.evidenceLinks.joined(separator: "\n")
        self.definitions = (try? String(decoding: JSONEncoder().encode(definitions), as: UTF8.self)) ?? "{}"
        self.submittedBy = author
        self.submittedAt = now
        self.state = state.rawValue
        self.correctsID = draft.correctsID?.rawValue
    }
}
