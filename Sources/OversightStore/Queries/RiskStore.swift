import Fluent
import SQLKit
import Foundation
import OversightDomain

/// A risk's links to the actions that mitigate it: plan actions and board actions.
public struct RiskLinks: Sendable, Equatable {
    public var planActions: [Risk.ID: Set<PlanAction.ID>] = [:]
    public var boardActions: [Risk.ID: Set<BoardAction.ID>] = [:]

    public init() {}
}

/// The risk register of a council.
public enum RiskStore {
    /// The council's scale and its version; the standard scale, version 0, until one is saved.
    public static func scale(of council: Council.ID, on db: any Database) async throws -> (scale: RiskScale, version: Int) {
        guard let model = try await RiskScaleModel.find(council.rawValue, on: db) else { return (.standard, 0) }
        guard let scale = try? JSONDecoder().decode(RiskScale.self, from: Data(model.scale.utf8)) else {
            throw StoreError.corrupt("risk scale")
        }
        return (scale, model.version)
    }

    /// Saves the scale if nobody changed it since `expectedVersion` (0: never saved).
    public static func saveScale(_ scale: RiskScale, of council: Council.ID, expectedVersion: Int, at now: Date,
                                 on change: Change) async throws {
        let db = change.written()
        let json = try canonicalJSON(scale)
        if expectedVersion == 0 {
            guard try await RiskScaleModel.find(council.rawValue, on: db) == nil else { throw StoreError.staleEdit }
            let model = RiskScaleModel()
            model.id = council.rawValue
            model.scale = json
            model.version = 1
            model.updatedAt = now
            try await translatingConstraintFailures { try await model.create(on: db) }
        } else {
            try await VersionedUpdate.apply(RiskScaleModel.self, id: council.rawValue, expectedVersion: expectedVersion, at: now,
                                    on: change) { $0.scale = json }
        }
    }

    public static func all(in council: Council.ID, on db: any Database) async throws -> [Risk] {
        try await risks(on: db, where: "council_id = \(bind: council.rawValue)")
    }

    public static func find(_ id: Risk.ID, in council: Council.ID, on db: any Database) async throws -> Risk? {
        try await risks(on: db, where: "id = \(bind: id.rawValue) AND council_id = \(bind: council.rawValue)").first
    }

    /// Risks read as `RiskRow`s by column position (`ColumnRows`), in reference order.
    private static func risks(on db: any Database, where condition: SQLQueryString) async throws -> [Risk] {
        try await ColumnRows.read("""
            SELECT \(unsafeRaw: RiskRow.columns) FROM risks WHERE \(condition) ORDER BY reference
            """, on: db).map { try RiskRow($0).toDomain() }
    }

    public static func references(in council: Council.ID, on db: any Database) async throws -> [String] {
        try await RiskModel.query(on: db).filter(\.$councilID == council.rawValue).field(\.$reference).all().map(\.reference)
    }

    public static func create(_ risk: Risk, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = RiskModel()
        model.id = risk.id.rawValue
        model.councilID = risk.councilID.rawValue
        model.reference = risk.reference
        fill(model, from: risk)
        try await translatingConstraintFailures(field: "reference") { try await model.createFirstVersion(at: now, on: db) }
    }

    /// Saves every changeable field if nobody changed the risk since `expectedVersion`.
    public static func save(_ risk: Risk, expectedVersion: Int, at now: Date, on change: Change) async throws {
        // The columns are the ones `fill` sets, the same list a new risk is written with.
        let model = RiskModel()
        model.id = risk.id.rawValue
        fill(model, from: risk)
        try await VersionedUpdate.apply(model, unchanged: [], expectedVersion: expectedVersion, at: now, on: change)
    }

    private static func fill(_ model: RiskModel, from risk: Risk) {
        model.title = risk.title
        model.cause = risk.cause
        model.event = risk.event
        model.consequence = risk.consequence
        model.category = risk.category.rawValue
        model.ownerID = risk.ownerID.rawValue
        model.raisedOn = risk.raisedOn.iso
        model.inherentLikelihood = risk.inherent.likelihood
        model.inherentImpact = risk.inherent.impact
        model.currentLikelihood = risk.current.likelihood
        model.currentImpact = risk.current.impact
        model.targetLikelihood = risk.target.likelihood
        model.targetImpact = risk.target.impact
        model.targetReason = risk.targetReason
        model.controls = risk.controls
        model.proximity = risk.proximity.rawValue
        model.reviewFrequency = risk.reviewFrequency.rawValue
        model.status = risk.status.rawValue
        model.lastReviewedOn = risk.lastReviewedOn?.iso
    }

    /// Reviews of the given risks, oldest first.
    public static func reviews(of risks: [Risk.ID], on db: any Database) async throws -> [RiskReview] {
        guard !risks.isEmpty else { return [] }
        return try await ColumnRows.read("""
            SELECT \(unsafeRaw: RiskReviewRow.columns) FROM risk_reviews WHERE risk_id IN (\(binds: risks.map(\.rawValue)))
            ORDER BY date, created_at
            """, on: db).map { try RiskReviewRow($0).toDomain() }
    }

    /// Each risk's latest `count` reviews, oldest first: what the register shows of their history
    /// (which way the score moved), without reading every review of every risk (10,250 at
    /// `--scale 10`). For each risk, its newest reviews are one seek down its index; numbering
    /// every review of every risk newest first cost the register 15 ms of SQLite's time. (Adding
    /// `v.risk_id = k.id` to the join, which the subquery already implies, led SQLite to read
    /// every review of each risk and try each against the subquery: five times as long.)
    public static func latestReviews(of risks: [Risk.ID], count: Int, on db: any Database) async throws -> [RiskReview] {
        guard !risks.isEmpty, count > 0 else { return [] }
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        let columns = RiskReviewRow.columns.split(separator: ", ").map { "v.\($0)" }.joined(separator: ", ")
        let newest = "FROM risk_reviews p WHERE p.risk_id = k.id ORDER BY p.date DESC, p.created_at DESC"
        // PostgreSQL runs the subquery once a risk only as a LATERAL join (given SQLite's form
        // below, it took five seconds); SQLite has no LATERAL, and runs its own form once a risk.
        let query: SQLQueryString = sql.dialect.name == "sqlite" ? """
            SELECT \(unsafeRaw: columns) FROM risks k
            JOIN risk_reviews v ON v.id IN (SELECT p.id \(unsafeRaw: newest) LIMIT \(bind: count))
            WHERE k.id IN (\(binds: risks.map(\.rawValue))) ORDER BY v.date, v.created_at
            """ : """
            SELECT \(unsafeRaw: columns) FROM risks k CROSS JOIN LATERAL (SELECT p.* \(unsafeRaw: newest) LIMIT \(bind: count)) v
            WHERE k.id IN (\(binds: risks.map(\.rawValue))) ORDER BY v.date, v.created_at
            """
        return try await ColumnRows.read(query, on: db).map { try RiskReviewRow($0).toDomain() }
    }

    public static func addReview(_ review: RiskReview, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = RiskReviewModel()
        model.id = review.id.rawValue
        model.riskID = review.riskID.rawValue
        model.date = review.date.iso
        model.currentLikelihood = review.current.likelihood
        model.currentImpact = review.current.impact
        model.targetLikelihood = review.target.likelihood
        model.targetImpact = review.target.impact
        model.commentary = review.commentary
        model.reviewer = review.reviewer
        model.createdAt = now
        try await model.create(on: db)
    }

    public static func links(of risks: [Risk.ID], on db: any Database) async throws -> RiskLinks {
        var links = RiskLinks()
        guard !risks.isEmpty else { return links }
        let ids = risks.map(\.rawValue)
        for row in try await RiskPlanActionModel.query(on: db).filter(\.$riskID ~~ ids).all() {
            links.planActions[.init(row.riskID), default: []].insert(.init(row.actionID))
        }
        for row in try await RiskBoardActionModel.query(on: db).filter(\.$riskID ~~ ids).all() {
            links.boardActions[.init(row.riskID), default: []].insert(.init(row.boardActionID))
        }
        return links
    }

    /// Replaces the risk's links with these.
    public static func setLinks(of risk: Risk.ID, planActions: Set<PlanAction.ID>, boardActions: Set<BoardAction.ID>,
                                newID: () -> UUID, on change: Change) async throws {
        let db = change.written()
        try await RiskPlanActionModel.query(on: db).filter(\.$riskID == risk.rawValue).delete()
        try await RiskBoardActionModel.query(on: db).filter(\.$riskID == risk.rawValue).delete()
        for action in planActions.sorted() {
            let model = RiskPlanActionModel()
            model.id = newID()
            model.riskID = risk.rawValue
            model.actionID = action.rawValue
            try await model.create(on: db)
        }
        for action in boardActions.sorted() {
            let model = RiskBoardActionModel()
            model.id = newID()
            model.riskID = risk.rawValue
            model.boardActionID = action.rawValue
            try await model.create(on: db)
        }
    }

    /// The risks a plan action mitigates, for the action's own page.
    public static func risks(mitigatedBy action: PlanAction.ID, on db: any Database) async throws -> [Risk] {
        let ids = try await RiskPlanActionModel.query(on: db).filter(\.$actionID == action.rawValue).all().map(\.riskID)
        return try await risks(ids, on: db)
    }

    /// The risks a board action mitigates.
    public static func risks(mitigatedBy action: BoardAction.ID, on db: any Database) async throws -> [Risk] {
        let ids = try await RiskBoardActionModel.query(on: db).filter(\.$boardActionID == action.rawValue).all().map(\.riskID)
        return try await risks(ids, on: db)
    }

    private static func risks(_ ids: [UUID], on db: any Database) async throws -> [Risk] {
        guard !ids.isEmpty else { return [] }
        return try await risks(on: db, where: "id IN (\(binds: ids))")
    }

    /// The open and escalated risks a person owns, for their home page.
    public static func risks(ownedBy owner: Person.ID, in council: Council.ID, on db: any Database) async throws -> [Risk] {
        try await risks(on: db, where: """
            council_id = \(bind: council.rawValue) AND owner_id = \(bind: owner.rawValue) \
            AND status <> \(bind: RiskStatus.closed.rawValue)
            """)
    }
}

/// A plan action a risk is linked to, as the register shows it: the action, its plan, and the
/// rating that stands (its newest update not returned for changes).
public struct RiskLinkedAction: Sendable {
    public var action: PlanAction
    public var planID: Plan.ID
    public var planTitle: String
    public var planStatus: PlanStatus
    public var latest: Rating?
}

extension RiskStore {
    /// The plan actions the council's risks are linked to, in plans past their draft, with what the
    /// register shows of each: three queries over the linked actions alone, rather than every plan
    /// they belong to (at `--scale 10`, 40 links reach into ten plans of 480 actions).
    public static func linkedActions(in council: Council.ID, on db: any Database) async throws -> [RiskLinkedAction] {
        let linked: SQLQueryString = """
            SELECT l.action_id FROM risk_plan_actions l JOIN risks r ON r.id = l.risk_id
            WHERE r.council_id = \(bind: council.rawValue)
            """
        // Read as a plan's actions are; the register shows no recommendation.
        let actions = try await ColumnRows.read("""
            SELECT \(unsafeRaw: PlanActionRow.columns) FROM plan_actions WHERE id IN (\(linked))
            """, on: db).map { row in
            let action = try PlanActionRow(row)
            return (action: try action.toDomain(recommendations: []), plan: Plan.ID(action.planId))
        }
        guard !actions.isEmpty else { return [] }
        let planIDs = Array(Set(actions.map(\.plan.rawValue)))
        var plans: [Plan.ID: (title: String, status: PlanStatus)] = [:]
        for plan in try await PlanModel.query(on: db).filter(\.$id ~~ planIDs).all().map({ try $0.toDomain() }) {
            plans[plan.id] = (plan.title, plan.status)
        }
        // The standing rating is kept with the action (`UpdateStore.keepStanding`).
        let ratings = try await ColumnRows.read("""
            SELECT id, standing_rating FROM plan_actions WHERE id IN (\(linked))
            """, on: db)
        var latest: [UUID: Rating] = [:]
        for row in ratings { latest[try row.uuid(0)] = try row.optionalString(1).flatMap(Rating.init(rawValue:)) }
        return actions.compactMap { action, planID in
            guard let plan = plans[planID], plan.status != .draft, plan.status != .consultation else { return nil }
            return RiskLinkedAction(action: action, planID: planID, planTitle: plan.title, planStatus: plan.status,
                                    latest: latest[action.id.rawValue])
        }
    }

}
