import Fluent
import Foundation
import OversightDomain

/// A council's risk scale, as JSON: five definitions each of likelihood and impact, and the bands.
public final class RiskScaleModel: Model, @unchecked Sendable {
    public static let schema = "risk_scales"

    @ID(key: .id) public var id: UUID?
    @Field(key: "scale") var scale: String
    @Field(key: "version") var version: Int
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}
}

/// A risk as it is written; read as `RiskRow`, below.
public final class RiskModel: Model, @unchecked Sendable {
    public static let schema = "risks"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "reference") var reference: String
    @Field(key: "title") var title: String
    @Field(key: "cause") var cause: String
    @Field(key: "event") var event: String
    @Field(key: "consequence") var consequence: String
    @Field(key: "category") var category: String
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "raised_on") var raisedOn: String
    @Field(key: "inherent_likelihood") var inherentLikelihood: Int
    @Field(key: "inherent_impact") var inherentImpact: Int
    @Field(key: "current_likelihood") var currentLikelihood: Int
    @Field(key: "current_impact") var currentImpact: Int
    @Field(key: "target_likelihood") var targetLikelihood: Int
    @Field(key: "target_impact") var targetImpact: Int
    @OptionalField(key: "target_reason") var targetReason: String?
    @Field(key: "controls") var controls: String
    @Field(key: "proximity") var proximity: String
    @Field(key: "review_frequency") var reviewFrequency: String
    @Field(key: "status") var status: String
    @OptionalField(key: "last_reviewed_on") var lastReviewedOn: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}
}

public final class RiskReviewModel: Model, @unchecked Sendable {
    public static let schema = "risk_reviews"

    @ID(key: .id) public var id: UUID?
    @Field(key: "risk_id") var riskID: UUID
    @Field(key: "date") var date: String
    @Field(key: "current_likelihood") var currentLikelihood: Int
    @Field(key: "current_impact") var currentImpact: Int
    @Field(key: "target_likelihood") var targetLikelihood: Int
    @Field(key: "target_impact") var targetImpact: Int
    @Field(key: "commentary") var commentary: String
    @Field(key: "reviewer") var reviewer: String
    @Field(key: "created_at") var createdAt: Date

    public init() {}
}

/// A risk as it is read: the register reads every risk of the council on every view, and Fluent
/// builds a model by reflection for every row. Written through `RiskModel`; a column added there
/// and forgotten here fails `TypedRowTests`, which reads an edited risk back whole.
struct RiskRow: Sendable {
    var id: UUID
    var councilId: UUID
    var reference: String
    var title: String
    var cause: String
    var event: String
    var consequence: String
    var category: String
    var ownerId: UUID
    var raisedOn: String
    var inherentLikelihood: Int
    var inherentImpact: Int
    var currentLikelihood: Int
    var currentImpact: Int
    var targetLikelihood: Int
    var targetImpact: Int
    var targetReason: String?
    var controls: String
    var proximity: String
    var reviewFrequency: String
    var status: String
    var lastReviewedOn: String?
    var version: Int

    /// The columns `init(_:)` reads, in its order, for a query's `SELECT`.
    static let columns = """
        id, council_id, reference, title, cause, event, consequence, category, owner_id, raised_on, \
        inherent_likelihood, inherent_impact, current_likelihood, current_impact, target_likelihood, target_impact, \
        target_reason, controls, proximity, review_frequency, status, last_reviewed_on, version
        """

    init(_ row: ColumnRow) throws {
        id = try row.uuid(0)
        councilId = try row.uuid(1)
        reference = try row.string(2)
        title = try row.string(3)
        cause = try row.string(4)
        event = try row.string(5)
        consequence = try row.string(6)
        category = try row.string(7)
        ownerId = try row.uuid(8)
        raisedOn = try row.string(9)
        inherentLikelihood = try row.int(10)
        inherentImpact = try row.int(11)
        currentLikelihood = try row.int(12)
        currentImpact = try row.int(13)
        targetLikelihood = try row.int(14)
        targetImpact = try row.int(15)
        targetReason = try row.optionalString(16)
        controls = try row.string(17)
        proximity = try row.string(18)
        reviewFrequency = try row.string(19)
        status = try row.string(20)
        lastReviewedOn = try row.optionalString(21)
        version = try row.int(22)
    }

    func toDomain() throws -> Risk {
        guard let raised = CalendarDate(iso: raisedOn), let category = RiskCategory.from(code: category),
              let inherent = RiskScore(likelihood: inherentLikelihood, impact: inherentImpact),
              let current = RiskScore(likelihood: currentLikelihood, impact: currentImpact),
              let target = RiskScore(likelihood: targetLikelihood, impact: targetImpact),
              let proximity = RiskProximity.from(code: proximity), let frequency = ReviewFrequency.from(code: reviewFrequency),
              let status = RiskStatus.from(code: status) else { throw StoreError.corrupt("risk \(reference)") }
        return Risk(id: .init(id), councilID: .init(councilId), reference: reference, title: title, cause: cause, event: event,
                    consequence: consequence, category: category, ownerID: .init(ownerId), raisedOn: raised, inherent: inherent,
                    current: current, target: target, targetReason: targetReason, controls: controls, proximity: proximity,
                    reviewFrequency: frequency, status: status, lastReviewedOn: lastReviewedOn.flatMap { CalendarDate(iso: $0) },
                    version: version)
    }
}

/// A review as the register reads them, ten thousand at a time at `--scale 10`: decoded by its
/// coding keys, because Fluent builds a model by reflection for every row, which cost the
/// register more than its queries. Written through `RiskReviewModel`.
struct RiskReviewRow: Sendable {
    var id: UUID
    var riskId: UUID
    var date: String
    var currentLikelihood: Int
    var currentImpact: Int
    var targetLikelihood: Int
    var targetImpact: Int
    var commentary: String
    var reviewer: String

    /// The columns `init(_:)` reads, in its order, for a query's `SELECT`.
    static let columns = "id, risk_id, date, current_likelihood, current_impact, target_likelihood, target_impact, commentary, reviewer"

    init(_ row: ColumnRow) throws {
        id = try row.uuid(0)
        riskId = try row.uuid(1)
        date = try row.string(2)
        currentLikelihood = try row.int(3)
        currentImpact = try row.int(4)
        targetLikelihood = try row.int(5)
        targetImpact = try row.int(6)
        commentary = try row.string(7)
        reviewer = try row.string(8)
    }

    func toDomain() throws -> RiskReview {
        guard let day = CalendarDate(iso: date),
              let current = RiskScore(likelihood: currentLikelihood, impact: currentImpact),
              let target = RiskScore(likelihood: targetLikelihood, impact: targetImpact) else { throw StoreError.corrupt("risk review") }
        return RiskReview(id: .init(id), riskID: .init(riskId), date: day, current: current, target: target, commentary: commentary,
                          reviewer: reviewer)
    }
}

public final class RiskPlanActionModel: Model, @unchecked Sendable {
    public static let schema = "risk_plan_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "risk_id") var riskID: UUID
    @Field(key: "action_id") var actionID: UUID

    public init() {}
}

public final class RiskBoardActionModel: Model, @unchecked Sendable {
    public static let schema = "risk_board_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "risk_id") var riskID: UUID
    @Field(key: "board_action_id") var boardActionID: UUID

    public init() {}
}
