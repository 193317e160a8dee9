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

public enum UpdateStore {
    public static func periods(of plan: Plan.ID, on db: any Database) async throws -> [UpdatePeriod] {
        try await UpdatePeriodModel.query(on: db).filter(\.$plan.$id == plan.rawValue).sort(\.$month, .descending)
            .all().map { try $0.toDomain() }
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
            .returning("id")
            .all()
        if !changed.isEmpty { change.wrote() }
        return changed.count == 1
    }

    /// History written in one statement, for the demo's nineteen months of updates.
    public static func insertHistory(_ rows: [(id: UUID, action: PlanAction.ID, period: UpdatePeriod.ID,
                                              draft: UpdateDraft, author: String, at: Date, state: UpdateState)],
                                     plan: Plan.ID, on change: Change) async throws {
        let db = change.written()
        let models = rows.map { row in
            ActionUpdateModel(id: .init(row.id), action: row.action, plan: plan, period: row.period, draft: row.draft,
                              definitions: .standard, author: row.author, at: row.at, state: row.state)
        }
        for chunk in stride(from: 0, to: models.count, by: 200) {
            try await Array(models[chunk..<min(chunk + 200, models.count)]).create(on: db)
        }
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
