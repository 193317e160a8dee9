import Fluent
import Foundation
import OversightDomain
import SQLKit

/// What plan-wide pages need from the update history, computed in the database so that a plan
/// with tens of thousands of updates is summarised in three small queries rather than loaded.
public struct UpdateSummary: Equatable, Sendable {
    /// Each action's standing rating: its newest update that was not returned.
    public var latest: [PlanAction.ID: Rating]
    /// How many actions have an update (not returned) in each period.
    public var reportedCount: [UpdatePeriod.ID: Int]
    /// The actions with an update (not returned) in the open period.
    public var reportedInOpen: Set<PlanAction.ID>

    public init(latest: [PlanAction.ID: Rating] = [:], reportedCount: [UpdatePeriod.ID: Int] = [:],
                reportedInOpen: Set<PlanAction.ID> = []) {
        self.latest = latest
        self.reportedCount = reportedCount
        self.reportedInOpen = reportedInOpen
    }

    /// The same summary worked out from updates in memory: what the queries must agree with.
    public init(updates: [ActionUpdate], openPeriod: UpdatePeriod.ID?) {
        let standing = updates.filter { $0.state != .returned }
        var latest: [PlanAction.ID: Rating] = [:]
        for update in standing { latest[update.actionID] = update.rating } // oldest first, so the last wins
        var perPeriod: [UpdatePeriod.ID: Set<PlanAction.ID>] = [:]
        for update in standing { perPeriod[update.periodID, default: []].insert(update.actionID) }
        self.init(latest: latest, reportedCount: perPeriod.mapValues(\.count),
                  reportedInOpen: openPeriod.flatMap { perPeriod[$0] } ?? [])
    }
}

extension UpdateStore {
    /// `periods` are the periods whose counts the page shows (the overview shows the latest six).
    public static func summary(of plan: Plan.ID, standing: [PlanAction.ID: Rating], periods: [UpdatePeriod.ID],
                               openPeriod: UpdatePeriod.ID?, on db: any Database) async throws -> UpdateSummary {
        let returned = UpdateState.returned.rawValue
        // One statement for both: the count of each period's reporting actions (a row per period,
        // its action empty), then the open period's reporting actions (a row each, period empty).
        // The empty columns are typed, for PostgreSQL to match them across the `UNION`.
        var parts: [SQLQueryString] = []
        if !periods.isEmpty {
            parts.append("""
                SELECT period_id, COUNT(DISTINCT action_id), CAST(NULL AS UUID) FROM action_updates
                WHERE period_id IN (\(binds: periods.map(\.rawValue))) AND state <> \(bind: returned) GROUP BY period_id
                """)
        }
        if let openPeriod {
            parts.append("""
                SELECT DISTINCT CAST(NULL AS UUID), CAST(NULL AS BIGINT), action_id FROM action_updates
                WHERE period_id = \(bind: openPeriod.rawValue) AND state <> \(bind: returned)
                """)
        }
        var counts: [UpdatePeriod.ID: Int] = [:]
        var open: Set<PlanAction.ID> = []
        if !parts.isEmpty {
            for row in try await ColumnRows.read(parts.joined(separator: " UNION ALL "), on: db) {
                if let action = try row.optionalUUID(2) {
                    open.insert(.init(action))
                } else if let period = try row.optionalUUID(0) {
                    counts[.init(period)] = try row.int(1)
                }
            }
        }
        return UpdateSummary(latest: standing, reportedCount: counts, reportedInOpen: open)
    }

    /// The updates of one period, oldest first: the period page.
    public static func updates(of plan: Plan.ID, in period: UpdatePeriod.ID, on db: any Database) async throws -> [ActionUpdate] {
        try await ActionUpdateModel.query(on: db).filter(\.$planID == plan.rawValue).filter(\.$period.$id == period.rawValue)
            .sort(\.$submittedAt).all().map { try $0.toDomain() }
    }

    /// One update within a plan: the review form.
    public static func find(_ id: ActionUpdate.ID, in plan: Plan.ID, on db: any Database) async throws -> ActionUpdate? {
        try await ActionUpdateModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$planID == plan.rawValue)
            .first().map { try $0.toDomain() }
    }
}

/// One row of update history for bulk loading: the load-test demo writes a hundred thousand.
public struct HistoryRow: Sendable {
    public var id: UUID
    public var action: PlanAction.ID
    public var period: UpdatePeriod.ID
    public var rating: Rating
    public var narrative: String
    public var author: String
    public var at: Date

    public init(id: UUID, action: PlanAction.ID, period: UpdatePeriod.ID, rating: Rating, narrative: String,
                author: String, at: Date) {
        self.id = id
        self.action = action
        self.period = period
        self.rating = rating
        self.narrative = narrative
        self.author = author
        self.at = at
    }
}

extension UpdateStore {
    /// Accepted history in multi-row inserts of 500, within the caller's transaction.
    public static func bulkInsert(_ rows: [HistoryRow], plan: Plan.ID, on change: Change) async throws {
        let db = change.written()
        let definitions = String(decoding: try JSONEncoder().encode(RatingDefinitions.standard), as: UTF8.self)
        for start in stride(from: 0, to: rows.count, by: 500) {
            // One multi-row INSERT per batch, its columns the model's.
            let models = rows[start..<min(start + 500, rows.count)].map { row in
                let model = ActionUpdateModel()
                model.id = row.id
                model.$action.id = row.action.rawValue
                model.planID = plan.rawValue
                model.$period.id = row.period.rawValue
                model.rating = row.rating.rawValue
                model.narrative = row.narrative
                model.evidenceLinks = ""
                model.definitions = definitions
                model.submittedBy = row.author
                model.submittedAt = row.at
                model.state = UpdateState.accepted.rawValue
                return model
            }
            try await BulkRows.insert(into: ActionUpdateModel.schema, columns: ActionUpdateModel.insertColumns,
                                      rows: models.map(\.insertValues), field: nil, on: db)
        }
        try await keepStanding(.plan(plan), on: db)
    }
}
