import Fluent
import Foundation
import OversightDomain

public final class UpdatePeriodModel: Model, @unchecked Sendable {
    public static let schema = "update_periods"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "plan_id") var plan: PlanModel
    @Field(key: "month") var month: String
    @Field(key: "deadline") var deadline: String
    @Field(key: "open") var open: Bool
    @Field(key: "created_at") var createdAt: Date

    public init() {}
}

public final class ActionUpdateModel: Model, @unchecked Sendable {
    public static let schema = "action_updates"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "action_id") var action: PlanActionModel
    @Field(key: "plan_id") var planID: UUID
    @Parent(key: "period_id") var period: UpdatePeriodModel
    @Field(key: "rating") var rating: String
    @Field(key: "narrative") var narrative: String
    @Field(key: "evidence_links") var evidenceLinks: String
    @Field(key: "definitions") var definitions: String
    @Field(key: "submitted_by") var submittedBy: String
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "state") var state: String
    @OptionalField(key: "review_comment") var reviewComment: String?
    @OptionalField(key: "reviewed_by") var reviewedBy: String?
    @OptionalField(key: "corrects_id") var correctsID: UUID?

    public init() {}

    func toDomain() throws -> ActionUpdate {
        guard let id, let rating = Rating(rawValue: rating), let state = UpdateState(rawValue: state),
              let definitions = try? JSONDecoder().decode(RatingDefinitions.self, from: Data(definitions.utf8)) else {
            throw StoreError.corrupt("update is unreadable")
        }
        return ActionUpdate(id: .init(id), actionID: .init($action.id), periodID: .init($period.id), rating: rating,
                            narrative: narrative,
                            evidenceLinks: evidenceLinks.split(separator: "\n").map(String.init),
                            definitions: definitions, submittedBy: submittedBy, state: state,
                            reviewComment: reviewComment, correctsID: correctsID.map { .init($0) })
    }
}
