import Fluent
import Foundation
import OversightDomain

public struct JudgementDraft: Equatable, Sendable, Codable {
    public var body: String
    public var area: JudgementArea
    public var grade: Grade

    public init(body: String, area: JudgementArea, grade: Grade) {
        self.body = body
        self.area = area
        self.grade = grade
    }
}

public struct RecommendationDraft: Equatable, Sendable, Codable {
    public var number: Int
    public var text: String
    public var area: JudgementArea?
    public var isPriorityAction: Bool

    public init(number: Int, text: String, area: JudgementArea?, isPriorityAction: Bool) {
        self.number = number
        self.text = text
        self.area = area
        self.isPriorityAction = isPriorityAction
    }
}

/// Judgements and recommendations: what an inspection found. Callers find the inspection
/// within the council first, so these are scoped through it.
public enum FindingStore {
    public static func createJudgement(_ draft: JudgementDraft, id: Judgement.ID, for inspection: Inspection.ID,
                                       at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = JudgementModel()
        model.id = id.rawValue
        model.$inspection.id = inspection.rawValue
        fill(model, from: draft)
        try await translatingConstraintFailures(field: "area") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func updateJudgement(_ id: Judgement.ID, with draft: JudgementDraft, expectedVersion: Int,
                                       at now: Date, on change: Change) async throws {
        try await translatingConstraintFailures(field: "area") {
            try await VersionedUpdate.apply(JudgementModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                    on: change) { fill($0, from: draft) }
        }
    }

    public static func createRecommendation(_ draft: RecommendationDraft, id: Recommendation.ID,
                                            for inspection: Inspection.ID, at now: Date,
                                            on change: Change) async throws {
        let db = change.written()
        let model = RecommendationModel()
        model.id = id.rawValue
        model.$inspection.id = inspection.rawValue
        fill(model, from: draft)
        try await translatingConstraintFailures(field: "number") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func updateRecommendation(_ id: Recommendation.ID, with draft: RecommendationDraft,
                                            expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await translatingConstraintFailures(field: "number") {
            try await VersionedUpdate.apply(RecommendationModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                    on: change) { fill($0, from: draft) }
        }
    }

    private static func fill(_ model: JudgementModel, from draft: JudgementDraft) {
        model.body = draft.body
        model.area = draft.area.rawValue
        model.grade = draft.grade.rawValue
    }

    private static func fill(_ model: RecommendationModel, from draft: RecommendationDraft) {
        model.number = draft.number
        model.text = draft.text
        model.area = draft.area?.rawValue
        model.priorityAction = draft.isPriorityAction
    }
}
