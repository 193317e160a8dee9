import Fluent
import Foundation
import OversightDomain
import SQLKit

/// Changes made one at a time on an indicator's pages: its definition, one figure, a target, a
/// year's benchmarks, and the plan actions that aim to move it.
extension IndicatorStore {
    static let actionsTable = "indicator_actions"

    public static func find(_ id: Indicator.ID, in council: Council.ID, on db: any Database) async throws -> Indicator? {
        try await IndicatorModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$councilID == council.rawValue)
            .first()?.toDomain()
    }

    /// Saves a changed definition, if it is still at `expectedVersion`.
    public static func update(_ indicator: Indicator, expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await translatingConstraintFailures(field: "code") {
            try await VersionedUpdate.apply(IndicatorModel.self, id: indicator.id.rawValue, expectedVersion: expectedVersion,
                                            at: now, on: change) { fill($0, from: indicator) }
        }
    }

    /// One figure with its version, for editing.
    public static func value(of indicator: Indicator.ID, for period: ReportingPeriod,
                             on db: any Database) async throws -> (value: IndicatorValue, version: Int)? {
        guard let row = try await sql(db).raw("""
            SELECT * FROM indicator_values WHERE indicator_id = \(bind: indicator.rawValue) AND period = \(bind: period.code)
            """).first(decoding: IndicatorValueRow.self, with: rowDecoder), let figure = row.figure else { return nil }
        return (figure, row.version)
    }

    /// Saves one figure: new when `expectedVersion` is 0, otherwise only over the version the
    /// editor read (`StoreError.staleEdit` if someone saved in between). Call inside a transaction.
    public static func save(_ value: IndicatorValue, expectedVersion: Int, id: UUID, at now: Date,
                            on change: Change) async throws {
        let db = change.written()
        let current = try await self.value(of: value.indicatorID, for: value.period, on: db)?.version ?? 0
        guard current == expectedVersion else { throw StoreError.staleEdit }
        let sql = try sql(db)
        try await sql.delete(from: valuesTable).where("indicator_id", .equal, value.indicatorID.rawValue)
            .where("period", .equal, value.period.code).run()
        // Two people adding the same period at once: the second finds the first's figure.
        try await asStaleEdit {
            try await sql.insert(into: valuesTable)
                .model(IndicatorValueRow(value, id: id, version: expectedVersion + 1, at: now), with: rowEncoder).run()
        }
    }

    public static func removeTarget(_ period: ReportingPeriod, of indicator: Indicator.ID, on change: Change) async throws {
        let db = change.written()
        try await sql(db).delete(from: targetsTable).where("indicator_id", .equal, indicator.rawValue)
            .where("period", .equal, period.code).run()
    }

    public static func removeBenchmark(_ year: Int, of indicator: Indicator.ID, on change: Change) async throws {
        let db = change.written()
        try await sql(db).delete(from: benchmarksTable).where("indicator_id", .equal, indicator.rawValue)
            .where("year", .equal, year).run()
    }

    /// Records that an action aims to move an indicator; linking twice changes nothing.
    public static func link(_ indicator: Indicator.ID, to action: PlanAction.ID, at now: Date, on change: Change) async throws {
        let db = change.written()
        let sql = try sql(db)
        let existing = try await sql.select().column("action_id").from(actionsTable)
            .where("indicator_id", .equal, indicator.rawValue).where("action_id", .equal, action.rawValue).first()
        guard existing == nil else { return }
        try await sql.insert(into: actionsTable).columns("indicator_id", "action_id", "created_at")
            .values(SQLBind(indicator.rawValue), SQLBind(action.rawValue), SQLBind(now)).run()
    }

    public static func unlink(_ indicator: Indicator.ID, from action: PlanAction.ID, on change: Change) async throws {
        let db = change.written()
        try await sql(db).delete(from: actionsTable).where("indicator_id", .equal, indicator.rawValue)
            .where("action_id", .equal, action.rawValue).run()
    }

    /// The actions linked to an indicator, in the order they were linked.
    public static func actions(movingIndicator indicator: Indicator.ID, on db: any Database) async throws -> [PlanAction.ID] {
        try await sql(db).select().column("action_id").from(actionsTable).where("indicator_id", .equal, indicator.rawValue)
            .orderBy("created_at").all().map { .init(try $0.decode(column: "action_id", as: UUID.self)) }
    }

    /// The indicators an action aims to move, by theme and code.
    public static func indicators(movedBy action: PlanAction.ID, on db: any Database) async throws -> [Indicator] {
        let ids = try await sql(db).select().column("indicator_id").from(actionsTable).where("action_id", .equal, action.rawValue)
            .all().map { try $0.decode(column: "indicator_id", as: UUID.self) }
        guard !ids.isEmpty else { return [] }
        return try await IndicatorModel.query(on: db).filter(\.$id ~~ ids).sort(\.$theme).sort(\.$code).all().map { try $0.toDomain() }
    }
}

/// Each council's region and statistical neighbours.
public enum ComparatorStore {
    static let table = "scorecard_comparators"

    public static func find(_ council: Council.ID, on db: any Database) async throws -> Comparators {
        try await IndicatorStore.sql(db).select().column("*").from(table).where("council_id", .equal, council.rawValue)
            .first(decoding: ComparatorsRow.self, with: rowDecoder)?.comparators ?? .none
    }

    /// Saves over the version the editor read (0 when none was saved yet).
    public static func save(_ comparators: Comparators, of council: Council.ID, expectedVersion: Int, at now: Date,
                            on change: Change) async throws {
        let db = change.written()
        let sql = try IndicatorStore.sql(db)
        let current = try await find(council, on: db).version
        guard current == expectedVersion else { throw StoreError.staleEdit }
        if current == 0 {
            try await asStaleEdit {
                try await sql.insert(into: table).model(ComparatorsRow(comparators, of: council, version: 1, at: now), with: rowEncoder)
                    .run()
            }
        } else {
            let rows = try await sql.update(table).set("region", to: comparators.region)
                .set("neighbours", to: comparators.neighbours.joined(separator: "\n"))
                .set("version", to: current + 1).set("updated_at", to: now)
                .where("council_id", .equal, council.rawValue).where("version", .equal, current).returning("council_id").all()
            if rows.isEmpty { throw StoreError.staleEdit }
        }
    }
}

/// A unique-key clash while saving over what the editor read means someone else saved first.
private func asStaleEdit(_ work: () async throws -> Void) async throws {
    do {
        try await translatingConstraintFailures(work)
    } catch StoreError.duplicate {
        throw StoreError.staleEdit
    }
}

extension IndicatorStore {
    /// The actions that aim to move an indicator, with their plans' titles, within the council.
    public static func linkedActions(of indicator: Indicator.ID, in council: Council.ID,
                                     on db: any Database) async throws -> [AnsweringAction] {
        let ids = try await actions(movingIndicator: indicator, on: db).map(\.rawValue)
        guard !ids.isEmpty else { return [] }
        let actions = try await PlanActionModel.query(on: db).filter(\.$id ~~ ids).all()
        let plans = try await PlanModel.query(on: db).filter(\.$id ~~ Set(actions.map(\.planID)))
            .filter(\.$council.$id == council.rawValue).all()
        let titles = Dictionary(uniqueKeysWithValues: plans.compactMap { plan in plan.id.map { ($0, plan.title) } })
        return actions.compactMap { action in
            guard let id = action.id, let title = titles[action.planID], let status = ActionStatus(rawValue: action.status) else { return nil }
            return AnsweringAction(planID: .init(action.planID), planTitle: title, actionID: .init(id),
                                   reference: action.reference, what: action.what, status: status)
        }.sorted { ($0.planTitle, $0.reference) < ($1.planTitle, $1.reference) }
    }
}
