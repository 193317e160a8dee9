import Fluent
import Foundation
import OversightDomain
import SQLKit

/// A part of the data that cached pages show, with a generation number that every change to it moves
/// (`cache_generations`). A page is kept under the generations of the scopes it reads and served
/// only while they are unchanged, so a lead's update empties that plan's pages and the council's
/// dashboard, not the scorecard, the register of another council or the plan next door (ADR 0011).
public enum CacheScope: Hashable, Sendable {
    /// Who may do what, report templates and bank holidays: any page may show them.
    case all
    /// Sessions and API tokens: who a cookie or token belongs to.
    case accounts
    /// Anything at all in the council: its reports (a draft's appendix is the live plan) and other public pages.
    case council(Council.ID)
    /// What most of a council's pages show beside their own feature: its details, people, inspections,
    /// judgements and recommendations.
    case core(Council.ID)
    /// Any plan of the council, or anything in one (the register shows linked actions' ratings).
    case plans(Council.ID)
    /// The council's list of plans: titles, statuses, dates, predecessors (a plan's page names its
    /// predecessor and successors).
    case planList(Council.ID)
    /// One plan: its priorities, actions, milestones, updates, consultations and approvals.
    case plan(Plan.ID)
    /// The council's indicators, their figures, targets, benchmarks and comparators.
    case scorecard(Council.ID)
    /// The council's risk register.
    case risks(Council.ID)
    /// The plan actions linked to the council's risks as the register shows them: their words,
    /// dates, standing ratings and plans. An update to an action no risk is linked to leaves it
    /// alone, so the register is not made again for every update on a deadline day.
    case linkedActions(Council.ID)
    /// The council's bodies, meetings, decisions and board actions.
    case meetings(Council.ID)
    /// The council's committee reports: their words, status and part. No page is kept under it
    /// alone (a draft shows the live plan, so report pages read `.council`); the search index's
    /// part for reports is (ADR 0017).
    case reports(Council.ID)

    /// The row's key: short, so that a page's scopes are read in one small `IN` query.
    public var key: String {
        switch self {
        case .all: "all"
        case .accounts: "accounts"
        case let .council(id): "council:\(id.rawValue.uuidString)"
        case let .core(id): "core:\(id.rawValue.uuidString)"
        case let .plans(id): "plans:\(id.rawValue.uuidString)"
        case let .planList(id): "plan-list:\(id.rawValue.uuidString)"
        case let .plan(id): "plan:\(id.rawValue.uuidString)"
        case let .scorecard(id): "scorecard:\(id.rawValue.uuidString)"
        case let .risks(id): "risks:\(id.rawValue.uuidString)"
        case let .linkedActions(id): "linked:\(id.rawValue.uuidString)"
        case let .meetings(id): "meetings:\(id.rawValue.uuidString)"
        case let .reports(id): "reports:\(id.rawValue.uuidString)"
        }
    }
}

/// What a change touches, as the use case that makes it says (`UnitOfWork.run(touching:)`): the
/// scopes whose generations it moves follow from it, so no use case lists the scopes pages read.
public enum Touched: Hashable, Sendable {
    /// Users and their roles, report templates, bank holidays: every page of every council.
    case everything
    /// A sign-in, a sign-out, an API token made or revoked: sessions and tokens only, no page.
    case accounts
    /// A council's details, people, inspections, judgements or recommendations.
    case council(Council.ID)
    /// An inspection, its judgements or recommendations, for a use case that has not read its council.
    case inspection(Inspection.ID)
    /// A plan's own record (made, renamed, moved on, approved, succeeded): its pages and the list of plans.
    case planRecord(Plan.ID)
    /// What is inside a plan: priorities, actions, milestones, updates, consultations.
    case plan(Plan.ID)
    /// An action, its milestones or its updates, for a use case that has the action but not its plan.
    case action(PlanAction.ID)
    /// An update being reviewed, whose action and plan the review does not read.
    case update(ActionUpdate.ID)
    case scorecard(Council.ID)
    case risks(Council.ID)
    /// Meetings, bodies and board actions.
    case meetings(Council.ID)
    case reports(Council.ID)
    case selfAssessment(Council.ID)
    case practiceAudits(Council.ID)
}

public enum CacheGenerations {
    /// The generations of `scopes`, in their order; a scope never changed reads as 0. One query.
    public static func read(_ scopes: [CacheScope], on db: any Database) async throws -> [Int] {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        let keys = scopes.map(\.key)
        let rows = try await sql.select().column("scope").column("generation").from("cache_generations")
            .where("scope", .in, keys).all()
        var found: [String: Int] = [:]
        for row in rows {
            found[try row.decode(column: "scope", as: String.self)] = try row.decode(column: "generation", as: Int.self)
        }
        return keys.map { found[$0] ?? 0 }
    }

    /// Moves the generation of every scope `touched` reaches. Called by `UnitOfWork` in the change's
    /// own transaction, after its audit entries, so that the new generations and the change are
    /// seen together or not at all. Keys are written in one order, so that two changes touching the
    /// same scopes on PostgreSQL wait for each other rather than deadlock.
    static func bump(_ touched: Set<Touched>, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        var scopes: Set<CacheScope> = []
        for touch in touched { scopes.formUnion(try await reached(by: touch, on: sql)) }
        for key in scopes.map(\.key).sorted() {
            try await sql.raw("""
                INSERT INTO cache_generations (scope, generation) VALUES (\(bind: key), 1)
                ON CONFLICT (scope) DO UPDATE SET generation = cache_generations.generation + 1
                """).run()
        }
    }

    /// The scopes a change reaches: its own, and the council-wide ones above it.
    static func reached(by touch: Touched, on sql: any SQLDatabase) async throws -> Set<CacheScope> {
        switch touch {
        case .everything: return [.all]
        case .accounts: return [.accounts]
        case let .council(id): return [.council(id), .core(id)]
        case let .inspection(inspection):
            let row = try await sql.select().column("council_id").from("inspections").where("id", .equal, inspection.rawValue).first()
            guard let council = try row?.decode(column: "council_id", as: UUID.self) else { return [.all] }
            return [.council(.init(council)), .core(.init(council))]
        case let .planRecord(plan):
            guard let council = try await council(of: plan, on: sql) else { return [.all] }
            return [.council(council), .plans(council), .planList(council), .plan(plan), .linkedActions(council)]
        case let .plan(plan):
            // Anything in the plan, linked actions among it (an action removed takes its links with it).
            return try await inside(plan: plan, linked: true, on: sql)
        case let .action(action):
            let row = try await sql.select().column("plan_id").from("plan_actions").where("id", .equal, action.rawValue).first()
            guard let plan = try row?.decode(column: "plan_id", as: UUID.self) else { return [.all] }
            return try await inside(plan: .init(plan), linked: try await isLinked(action.rawValue, on: sql), on: sql)
        case let .update(update):
            let row = try await sql.select().column("plan_id").column("action_id").from("action_updates")
                .where("id", .equal, update.rawValue).first()
            guard let row, let plan = try? row.decode(column: "plan_id", as: UUID.self),
                  let action = try? row.decode(column: "action_id", as: UUID.self) else { return [.all] }
            return try await inside(plan: .init(plan), linked: try await isLinked(action, on: sql), on: sql)
        case let .scorecard(id): return [.council(id), .scorecard(id)]
        case let .risks(id): return [.council(id), .risks(id)]
        case let .meetings(id): return [.council(id), .meetings(id)]
        case let .reports(id): return [.council(id), .reports(id)]
        case let .selfAssessment(id), let .practiceAudits(id): return [.council(id)]
        }
    }

    private static func inside(plan: Plan.ID, linked: Bool, on sql: any SQLDatabase) async throws -> Set<CacheScope> {
        guard let council = try await council(of: plan, on: sql) else { return [.all] }
        return linked ? [.council(council), .plans(council), .plan(plan), .linkedActions(council)]
            : [.council(council), .plans(council), .plan(plan)]
    }

    /// Whether a risk is linked to the action, read inside the change.
    private static func isLinked(_ action: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("risk_id").from("risk_plan_actions").where("action_id", .equal, action).limit(1)
            .first() != nil
    }

    /// The plan's council, read inside the change (so a plan made by it is found). Whatever cannot be
    /// found moves every page rather than none.
    private static func council(of plan: Plan.ID, on sql: any SQLDatabase) async throws -> Council.ID? {
        try await sql.select().column("council_id").from("plans").where("id", .equal, plan.rawValue).first()
            .map { Council.ID(try $0.decode(column: "council_id", as: UUID.self)) }
    }
}
