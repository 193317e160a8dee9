import Fluent
import Foundation
import OversightDomain
import SQLKit

public struct PlanDraft: Equatable, Sendable, Codable {
    public var title: String
    public var kind: PlanKind
    public var inspectionID: Inspection.ID?
    public var ownerID: Person.ID?
    public var startDate: CalendarDate
    public var endDate: CalendarDate?
    public var alsoAnswers: [Inspection.ID]

    public init(title: String, kind: PlanKind, inspectionID: Inspection.ID?, alsoAnswers: [Inspection.ID] = [],
                ownerID: Person.ID?, startDate: CalendarDate, endDate: CalendarDate?) {
        self.title = title
        self.kind = kind
        self.inspectionID = inspectionID
        self.alsoAnswers = alsoAnswers
        self.ownerID = ownerID
        self.startDate = startDate
        self.endDate = endDate
    }
}

public struct PriorityDraft: Equatable, Sendable, Codable {
    public var number: Int
    public var title: String
    public var outcome: String?
    public var leadID: Person.ID?

    public init(number: Int, title: String, outcome: String?, leadID: Person.ID?) {
        self.number = number
        self.title = title
        self.outcome = outcome
        self.leadID = leadID
    }
}

/// A plan with its priorities and actions, read in four queries however large it is.
public struct PlanRecord: Equatable, Sendable {
    public var plan: Plan
    public var priorities: [Priority]
    /// In priority, then action order.
    public var actions: [PlanAction]
    /// Each action's standing rating (its newest update not returned), as the write path keeps it
    /// in `plan_actions.standing_rating`; an action with none is absent.
    public var standing: [PlanAction.ID: Rating]

    public init(plan: Plan, priorities: [Priority], actions: [PlanAction], standing: [PlanAction.ID: Rating] = [:]) {
        self.plan = plan
        self.priorities = priorities
        self.actions = actions
        self.standing = standing
    }

    public func actions(in priority: Priority.ID) -> [PlanAction] { actions.filter { $0.priorityID == priority } }
}

public enum PlanStore {
    public static func plans(in council: Council.ID, on db: any Database) async throws -> [Plan] {
        // Read by column position (`ColumnRows`): every plan page looks for its predecessor and successors here.
        try await ColumnRows.read("""
            SELECT \(unsafeRaw: PlanModel.columns) FROM plans WHERE council_id = \(bind: council.rawValue)
            ORDER BY start_date DESC
            """, on: db).map(PlanModel.plan)
    }

    public static func find(_ id: Plan.ID, in council: Council.ID, on db: any Database) async throws -> PlanRecord? {
        // Read by column position (`ColumnRows`), as every plan page reads it. The four reads are
        // asked for at once: on PostgreSQL each takes a connection of its own, so a page waits for
        // one round trip rather than four (on SQLite they take the one connection in turn). What
        // does not belong to the council is read and thrown away, never shown.
        async let planRead = ColumnRows.read("""
            SELECT \(unsafeRaw: PlanModel.columns) FROM plans WHERE id = \(bind: id.rawValue) AND council_id = \(bind: council.rawValue)
            """, on: db)
        async let prioritiesRead = ColumnRows.read("""
            SELECT id, plan_id, number, title, outcome, lead_id, version FROM priorities WHERE plan_id = \(bind: id.rawValue)
            ORDER BY number
            """, on: db)
        async let actionsRead = actionRows(of: id, on: db)
        async let alsoAnswersRead = ColumnRows.read("""
            SELECT inspection_id FROM plan_inspections WHERE plan_id = \(bind: id.rawValue)
            """, on: db)
        guard var plan = try await planRead.first.map(PlanModel.plan) else { return nil }
        let priorities = try await prioritiesRead.map { row in
            Priority(id: .init(try row.uuid(0)), planID: .init(try row.uuid(1)), number: try row.int(2), title: try row.string(3),
                     outcome: try row.optionalString(4), leadID: try row.optionalUUID(5).map { .init($0) }, version: try row.int(6))
        }
        let actions = try await actionsRead
        plan.alsoAnswers = try await alsoAnswersRead.map { .init(try $0.uuid(0)) }
        let order = Dictionary(uniqueKeysWithValues: priorities.enumerated().map { index, priority in (priority.id.rawValue, index) })
        let sortedActions = actions.sorted {
            (order[$0.action.priorityID.rawValue] ?? 0, $0.position) < (order[$1.action.priorityID.rawValue] ?? 0, $1.position)
        }
        var standing: [PlanAction.ID: Rating] = [:]
        for row in actions { if let rating = row.standing { standing[row.action.id] = rating } }
        return PlanRecord(plan: plan, priorities: priorities, actions: sortedActions.map(\.action), standing: standing)
    }

    /// A plan's actions with their recommendation links and standing ratings: a plan of hundreds of
    /// actions is read in two queries, without Fluent's query builder, each row read by column
    /// position (`ColumnRows`).
    static func actionRows(of plan: Plan.ID, on db: any Database) async throws -> [(action: PlanAction, position: Int, standing: Rating?)] {
        let links = try await ColumnRows.read("""
            SELECT l.action_id, l.recommendation_id FROM action_recommendations l
            JOIN plan_actions a ON a.id = l.action_id WHERE a.plan_id = \(bind: plan.rawValue)
            """, on: db)
        var linked: [UUID: [Recommendation.ID]] = [:]
        for row in links {
            linked[try row.uuid(0), default: []].append(.init(try row.uuid(1)))
        }
        let rows = try await ColumnRows.read("""
            SELECT \(unsafeRaw: PlanActionRow.columns), standing_rating FROM plan_actions WHERE plan_id = \(bind: plan.rawValue)
            """, on: db)
        let standingColumn = PlanActionRow.columnCount
        return try rows.map { row in
            let action = try PlanActionRow(row)
            let standing = try row.optionalString(standingColumn).flatMap(Rating.init(rawValue:))
            return (try action.toDomain(recommendations: linked[action.id] ?? []), action.position, standing)
        }
    }

    public static func create(_ draft: PlanDraft, id: Plan.ID, in council: Council.ID, status: PlanStatus = .draft,
                              predecessor: Plan.ID? = nil, at now: Date, newID: () -> UUID,
                              on change: Change) async throws {
        let db = change.written()
        let model = PlanModel()
        model.id = id.rawValue
        model.$council.id = council.rawValue
        fill(model, from: draft)
        model.status = status.rawValue
        model.predecessorID = predecessor?.rawValue
        try await model.createFirstVersion(at: now, on: db)
        try await setAlsoAnswers(id, draft.alsoAnswers.filter { $0 != draft.inspectionID }, newID: newID, on: db)
    }

    private static func setAlsoAnswers(_ plan: Plan.ID, _ inspections: [Inspection.ID], newID: () -> UUID,
                                       on db: any Database) async throws {
        try await PlanInspectionModel.query(on: db).filter(\.$plan.$id == plan.rawValue).delete()
        var seen: Set<Inspection.ID> = []
        for inspection in inspections where seen.insert(inspection).inserted {
            let link = PlanInspectionModel()
            link.id = newID()
            link.$plan.id = plan.rawValue
            link.$inspection.id = inspection.rawValue
            try await link.create(on: db)
        }
    }

    /// Changes a plan's own details (not its status) if nobody has changed it since `expectedVersion`.
    public static func updateDetails(_ id: Plan.ID, with draft: PlanDraft, expectedVersion: Int, at now: Date,
                                     newID: () -> UUID, on change: Change) async throws {
        let db = change.written()
        try await VersionedUpdate.apply(PlanModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { fill($0, from: draft) }
        try await setAlsoAnswers(id, draft.alsoAnswers.filter { $0 != draft.inspectionID }, newID: newID, on: db)
    }

    /// Moves a plan to a new state if nobody has changed it since `expectedVersion`.
    public static func setStatus(_ id: Plan.ID, to status: PlanStatus, expectedVersion: Int, at now: Date,
                                 on change: Change) async throws {
        try await VersionedUpdate.apply(PlanModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { $0.status = status.rawValue }
    }

    public static func createPriority(_ draft: PriorityDraft, id: Priority.ID, in plan: Plan.ID, at now: Date,
                                      on change: Change) async throws {
        let db = change.written()
        let model = PriorityModel()
        model.id = id.rawValue
        model.$plan.id = plan.rawValue
        fill(model, from: draft)
        try await translatingConstraintFailures(field: "number") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func createAction(_ draft: ActionDraft, id: PlanAction.ID, in priority: Priority,
                                    carriedFrom: PlanAction.ID? = nil, revisionCount: Int? = nil, at now: Date,
                                    newID: () -> UUID, on change: Change) async throws {
        let db = change.written()
        let model = PlanActionModel(draft, id: id, in: priority, carriedFrom: carriedFrom, revisionCount: revisionCount, at: now)
        try await translatingConstraintFailures(field: "number") { try await model.create(on: db) }
        try await link(id, to: draft.recommendationIDs, newID: newID, on: db)
    }

    /// Many new actions of one priority written 200 to a statement, for imports: the same rows
    /// `createAction` writes (the model's own initialiser fills them), without recommendations to
    /// link (an import has none), listed by `BulkRows` rather than found by reflection.
    public static func createActions(_ drafts: [(id: PlanAction.ID, draft: ActionDraft)], in priority: Priority, at now: Date,
                                     on change: Change) async throws {
        let db = change.written()
        let rows = drafts.map {
            PlanActionModel($0.draft, id: $0.id, in: priority, carriedFrom: nil, revisionCount: nil, at: now).insertValues
        }
        try await BulkRows.insert(into: PlanActionModel.schema, columns: PlanActionModel.insertColumns, rows: rows,
                                  field: "number", batch: 200, on: db)
    }

    /// Updates an action. A change to the revised due date counts as one more revision.
    public static func updateAction(_ id: PlanAction.ID, in priority: Priority, with draft: ActionDraft,
                                    previous: PlanAction, expectedVersion: Int, at now: Date, newID: () -> UUID,
                                    on change: Change) async throws {
        let db = change.written()
        let revised = draft.revisedDueDate != previous.revisedDueDate && draft.revisedDueDate != nil
        let row = PlanActionModel(draft, id: id, in: priority, carriedFrom: previous.carriedFromID,
                                  revisionCount: previous.revisionCount + (revised ? 1 : 0), at: now)
        try await translatingConstraintFailures(field: "number") {
            try await VersionedUpdate.apply(row, unchanged: ["plan_id", "priority_id", "carried_from_id", "created_at"],
                                            expectedVersion: expectedVersion, at: now, on: change)
        }
        try await ActionRecommendationModel.query(on: db).filter(\.$action.$id == id.rawValue).delete()
        try await link(id, to: draft.recommendationIDs, newID: newID, on: db)
    }

    private static func link(_ action: PlanAction.ID, to recommendations: [Recommendation.ID], newID: () -> UUID,
                             on db: any Database) async throws {
        for recommendation in Set(recommendations) {
            let link = ActionRecommendationModel()
            link.id = newID()
            link.$action.id = action.rawValue
            link.$recommendation.id = recommendation.rawValue
            try await link.create(on: db)
        }
    }

    private static func fill(_ model: PlanModel, from draft: PlanDraft) {
        model.title = draft.title
        model.kind = draft.kind.rawValue
        model.$inspection.id = draft.inspectionID?.rawValue
        model.$owner.id = draft.ownerID?.rawValue
        model.startDate = draft.startDate.iso
        model.endDate = draft.endDate?.iso
    }

    private static func fill(_ model: PriorityModel, from draft: PriorityDraft) {
        model.number = draft.number
        model.title = draft.title
        model.outcome = draft.outcome
        model.$lead.id = draft.leadID?.rawValue
    }
}

/// An action seen from a recommendation it answers.
public struct AnsweringAction: Equatable, Sendable {
    public var planID: Plan.ID
    public var planTitle: String
    public var actionID: PlanAction.ID
    public var reference: String
    public var what: String
    public var status: ActionStatus
}

extension PlanStore {
    /// Every action, in any plan, that answers this recommendation: the line of sight back.
    public static func actions(answering recommendation: Recommendation.ID,
                               on db: any Database) async throws -> [AnsweringAction] {
        let links = try await ActionRecommendationModel.query(on: db)
            .filter(\.$recommendation.$id == recommendation.rawValue).with(\.$action).all()
        let planIDs = Set(links.map(\.action.planID))
        let plans = try await PlanModel.query(on: db).filter(\.$id ~~ planIDs).all()
        let titles = Dictionary(uniqueKeysWithValues: plans.compactMap { plan in plan.id.map { ($0, plan.title) } })
        return links.compactMap { link in
            let action = link.action
            guard let id = action.id, let status = ActionStatus(rawValue: action.status) else { return nil }
            return AnsweringAction(planID: .init(action.planID), planTitle: titles[action.planID] ?? "",
                                   actionID: .init(id), reference: action.reference, what: action.what, status: status)
        }.sorted { ($0.planTitle, $0.reference) < ($1.planTitle, $1.reference) }
    }
}

extension PlanStore {
    /// Every plan in the installation, newest first, for the JSON API.
    public static func allPlans(on db: any Database) async throws -> [Plan] {
        try await PlanModel.query(on: db).sort(\.$startDate, .descending).all().map { try $0.toDomain() }
    }

    /// The council a plan belongs to, to load it with its council's scoping.
    public static func council(of plan: Plan.ID, on db: any Database) async throws -> Council.ID? {
        try await PlanModel.find(plan.rawValue, on: db).map { .init($0.$council.id) }
    }
}

extension PlanStore {
    /// The plans in which this person leads at least one action.
    public static func plans(ledBy person: Person.ID, on db: any Database) async throws -> [Plan.ID] {
        let actions = try await PlanActionModel.query(on: db).filter(\.$lead.$id == person.rawValue).all()
        return Array(Set(actions.map(\.planID))).sorted { $0.uuidString < $1.uuidString }.map { .init($0) }
    }
}

extension PlanStore {
    /// Changes a priority. A new number renumbers its actions too (3.2 becomes 5.2), in the same
    /// transaction as the caller's, so references never disagree with their priority.
    public static func updatePriority(_ priority: Priority, with draft: PriorityDraft, expectedVersion: Int,
                                      at now: Date, on change: Change) async throws {
        let db = change.written()
        try await translatingConstraintFailures(field: "number") {
            try await VersionedUpdate.apply(PriorityModel.self, id: priority.id.rawValue, expectedVersion: expectedVersion,
                                            at: now, on: change) { fill($0, from: draft) }
        }
        guard draft.number != priority.number else { return }
        let actions = try await PlanActionModel.query(on: db).filter(\.$priority.$id == priority.id.rawValue).all()
        for action in actions {
            let suffix = action.reference.split(separator: ".").last.map(String.init) ?? "1"
            action.reference = "\(draft.number).\(suffix)"
            action.position = draft.number * 1000 + (Int(suffix) ?? 0)
            action.version += 1
            action.updatedAt = now
            try await translatingConstraintFailures(field: "number") { try await action.update(on: db) }
        }
    }
}

