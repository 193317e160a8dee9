import Fluent
import Foundation
import OversightDomain

public final class PlanModel: Model, @unchecked Sendable {
    public static let schema = "plans"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "council_id") var council: CouncilModel
    @Field(key: "title") var title: String
    @Field(key: "kind") var kind: String
    @OptionalParent(key: "inspection_id") var inspection: InspectionModel?
    @OptionalParent(key: "owner_id") var owner: PersonModel?
    @Field(key: "start_date") var startDate: String
    @OptionalField(key: "end_date") var endDate: String?
    @Field(key: "status") var status: String
    @OptionalField(key: "predecessor_id") var predecessorID: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> Plan {
        guard let id, let kind = PlanKind(rawValue: kind), let status = PlanStatus(rawValue: status),
              let start = CalendarDate(iso: startDate) else {
            throw StoreError.corrupt("plan \(id?.uuidString ?? "without id") is unreadable")
        }
        return Plan(id: .init(id), councilID: .init($council.id), title: title, kind: kind,
                    inspectionID: $inspection.id.map { .init($0) }, ownerID: $owner.id.map { .init($0) },
                    startDate: start, endDate: endDate.flatMap { CalendarDate(iso: $0) }, status: status,
                    predecessorID: predecessorID.map { .init($0) }, version: version)
    }

    /// The columns `plan(_:)` reads, in its order.
    static let columns = "id, council_id, title, kind, inspection_id, owner_id, start_date, end_date, status, predecessor_id, version"

    /// A plan read by column position from a query that selects `columns`.
    static func plan(_ row: ColumnRow) throws -> Plan {
        let id = try row.uuid(0)
        guard let kind = PlanKind(rawValue: try row.string(3)), let status = PlanStatus(rawValue: try row.string(8)),
              let start = CalendarDate(iso: try row.string(6)) else {
            throw StoreError.corrupt("plan \(UUIDCoding.lowercase(id)) is unreadable")
        }
        return Plan(id: .init(id), councilID: .init(try row.uuid(1)), title: try row.string(2), kind: kind,
                    inspectionID: try row.optionalUUID(4).map { .init($0) }, ownerID: try row.optionalUUID(5).map { .init($0) },
                    startDate: start, endDate: try row.optionalString(7).flatMap { CalendarDate(iso: $0) }, status: status,
                    predecessorID: try row.optionalUUID(9).map { .init($0) }, version: try row.int(10))
    }
}

public final class PriorityModel: Model, @unchecked Sendable {
    public static let schema = "priorities"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "plan_id") var plan: PlanModel
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "outcome") var outcome: String?
    @OptionalParent(key: "lead_id") var lead: PersonModel?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}
}

/// Which recommendations an action answers: the line of sight from inspection to plan.
public final class ActionRecommendationModel: Model, @unchecked Sendable {
    public static let schema = "action_recommendations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "action_id") var action: PlanActionModel
    @Parent(key: "recommendation_id") var recommendation: RecommendationModel

    public init() {}
}

public final class ConsultationModel: Model, @unchecked Sendable {
    public static let schema = "plan_consultations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "plan_id") var plan: PlanModel
    @Field(key: "consulted") var consulted: String
    @Field(key: "date") var date: String
    @Field(key: "feedback") var feedback: String
    @OptionalField(key: "response") var response: String?
    @Field(key: "created_at") var createdAt: Date

    public init() {}

    func toDomain() throws -> Consultation {
        guard let id, let day = CalendarDate(iso: date) else { throw StoreError.corrupt("consultation is unreadable") }
        return Consultation(id: .init(id), planID: .init($plan.id), consulted: consulted, date: day,
                            feedback: feedback, response: response)
    }
}

public final class PlanVersionModel: Model, @unchecked Sendable {
    public static let schema = "plan_versions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "plan_id") var plan: PlanModel
    @Field(key: "number") var number: Int
    @Field(key: "approving_body") var approvingBody: String
    @Field(key: "meeting_date") var meetingDate: String
    @Field(key: "decision") var decision: String
    /// The snapshot as canonical JSON; the checksum is taken over exactly these bytes.
    @Field(key: "snapshot") var snapshot: String
    @Field(key: "checksum") var checksum: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    public init() {}
}

public final class MilestoneModel: Model, @unchecked Sendable {
    public static let schema = "action_milestones"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "action_id") var action: PlanActionModel
    @Field(key: "title") var title: String
    @Field(key: "due_date") var dueDate: String
    @OptionalField(key: "met_date") var metDate: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> Milestone {
        guard let id, let due = CalendarDate(iso: dueDate) else { throw StoreError.corrupt("milestone is unreadable") }
        return Milestone(id: .init(id), actionID: .init($action.id), title: title, dueDate: due,
                         metDate: metDate.flatMap { CalendarDate(iso: $0) }, version: version)
    }
}

/// A further inspection a plan answers (its first is `plans.inspection_id`).
public final class PlanInspectionModel: Model, @unchecked Sendable {
    public static let schema = "plan_inspections"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "plan_id") var plan: PlanModel
    @Parent(key: "inspection_id") var inspection: InspectionModel

    public init() {}
}
