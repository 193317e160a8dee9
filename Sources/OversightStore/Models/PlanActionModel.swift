import Fluent
import Foundation
import OversightDomain

/// An action's columns as they are written: new rows and edits go through the model's own fields
/// (`VersionedUpdate.apply`). A plan's actions are read as `PlanActionRow`, below, in the same file.
public final class PlanActionModel: Model, @unchecked Sendable {
    public static let schema = "plan_actions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "priority_id") var priority: PriorityModel
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "reference") var reference: String
    @Field(key: "what") var what: String
    @OptionalField(key: "how") var how: String?
    @OptionalParent(key: "lead_id") var lead: PersonModel?
    @OptionalField(key: "start_date") var startDate: String?
    @Field(key: "due_date") var dueDate: String
    @OptionalField(key: "revised_due_date") var revisedDueDate: String?
    @OptionalField(key: "revision_reason") var revisionReason: String?
    @Field(key: "revision_count") var revisionCount: Int
    @OptionalField(key: "success_measures") var successMeasures: String?
    @Field(key: "status") var status: String
    @Field(key: "position") var position: Int
    @OptionalField(key: "withdrawal_reason") var withdrawalReason: String?
    @OptionalField(key: "carried_from_id") var carriedFromID: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    /// A new action's row. Every column is set, null or not, so that rows written together in one
    /// statement name the same columns.
    convenience init(_ draft: ActionDraft, id: PlanAction.ID, in priority: Priority, carriedFrom: PlanAction.ID?,
                     revisionCount: Int?, at now: Date) {
        self.init()
        self.id = id.rawValue
        self.$priority.id = priority.id.rawValue
        self.planID = priority.planID.rawValue
        self.reference = "\(priority.number).\(draft.number)"
        self.what = draft.what
        self.how = draft.how
        self.$lead.id = draft.leadID?.rawValue
        self.startDate = draft.startDate?.iso
        self.dueDate = draft.dueDate.iso
        self.revisedDueDate = draft.revisedDueDate?.iso
        self.revisionReason = draft.revisionReason
        self.revisionCount = revisionCount ?? (draft.revisedDueDate == nil ? 0 : 1)
        self.successMeasures = draft.successMeasures
        self.status = draft.status.rawValue
        self.position = priority.number * 1000 + draft.number
        self.withdrawalReason = draft.status == .withdrawn ? draft.withdrawalReason : nil
        self.carriedFromID = carriedFrom?.rawValue
        self.version = 1
        self.createdAt = now
        self.updatedAt = now
    }
}

/// An action as it is read: a plan's hundreds of actions are read by column position
/// (`ColumnRows`) rather than as Fluent models, whose fields are found by reflection row by row, or
/// as keyed `Codable` (`docs/performance.md`). `columns` and `init(_:)` list the same columns in
/// the same order; a field added to the model and forgotten here is caught by `TypedRowTests`,
/// which reads an edited action back whole.
struct PlanActionRow: Sendable {
    var id: UUID
    var priorityId: UUID
    var planId: UUID
    var reference: String
    var what: String
    var how: String?
    var leadId: UUID?
    var startDate: String?
    var dueDate: String
    var revisedDueDate: String?
    var revisionReason: String?
    var revisionCount: Int
    var successMeasures: String?
    var status: String
    var position: Int
    var withdrawalReason: String?
    var carriedFromId: UUID?
    var version: Int

    /// The columns `init(_:)` reads, in its order, for a query's `SELECT`.
    static let columns = """
        id, priority_id, plan_id, reference, what, how, lead_id, start_date, due_date, revised_due_date, \
        revision_reason, revision_count, success_measures, status, position, withdrawal_reason, carried_from_id, version
        """

    /// How many columns `columns` names: a query may read more after them.
    static let columnCount = columns.split(separator: ",").count

    init(_ row: ColumnRow) throws {
        id = try row.uuid(0)
        priorityId = try row.uuid(1)
        planId = try row.uuid(2)
        reference = try row.string(3)
        what = try row.string(4)
        how = try row.optionalString(5)
        leadId = try row.optionalUUID(6)
        startDate = try row.optionalString(7)
        dueDate = try row.string(8)
        revisedDueDate = try row.optionalString(9)
        revisionReason = try row.optionalString(10)
        revisionCount = try row.int(11)
        successMeasures = try row.optionalString(12)
        status = try row.string(13)
        position = try row.int(14)
        withdrawalReason = try row.optionalString(15)
        carriedFromId = try row.optionalUUID(16)
        version = try row.int(17)
    }

    func toDomain(recommendations: [Recommendation.ID]) throws -> PlanAction {
        guard let status = ActionStatus(rawValue: status), let due = CalendarDate(iso: dueDate) else {
            throw StoreError.corrupt("action \(UUIDCoding.lowercase(id)) is unreadable")
        }
        return PlanAction(
            id: .init(id), priorityID: .init(priorityId), reference: reference, what: what, how: how,
            leadID: leadId.map { .init($0) }, startDate: startDate.flatMap { CalendarDate(iso: $0) }, dueDate: due,
            revisedDueDate: revisedDueDate.flatMap { CalendarDate(iso: $0) }, revisionReason: revisionReason,
            revisionCount: revisionCount, successMeasures: successMeasures, status: status,
            recommendationIDs: recommendations, withdrawalReason: withdrawalReason,
            carriedFromID: carriedFromId.map { .init($0) }, version: version)
    }
}
