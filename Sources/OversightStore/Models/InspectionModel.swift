import Fluent
import Foundation
import OversightDomain

public final class InspectionModel: Model, @unchecked Sendable {
    public static let schema = "inspections"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "council_id") var council: CouncilModel
    @Field(key: "kind") var kind: String
    @Field(key: "inspectorate") var inspectorate: String
    @Field(key: "framework") var framework: String
    // Days are stored as ISO text ("2015-11-27"): the same on SQLite and PostgreSQL,
    // sortable, and free of time-zone shifts.
    @Field(key: "start_date") var startDate: String
    @OptionalField(key: "end_date") var endDate: String?
    @OptionalField(key: "published_date") var publishedDate: String?
    @OptionalField(key: "report_url") var reportURL: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Children(for: \.$inspection) var judgements: [JudgementModel]
    @Children(for: \.$inspection) var recommendations: [RecommendationModel]

    public init() {}

    func toDomain() throws -> Inspection {
        guard let id else { throw StoreError.corrupt("inspection without id") }
        guard let kind = InspectionKind(rawValue: kind), let framework = Framework(rawValue: framework),
              let start = CalendarDate(iso: startDate)
        else { throw StoreError.corrupt("inspection \(id) has a value this version does not know") }
        return Inspection(
            id: .init(id), councilID: .init($council.id), kind: kind, inspectorate: inspectorate,
            framework: framework, startDate: start, endDate: endDate.flatMap { CalendarDate(iso: $0) },
            publishedDate: publishedDate.flatMap { CalendarDate(iso: $0) }, reportURL: reportURL,
            version: version
        )
    }
}

public final class JudgementModel: Model, @unchecked Sendable {
    public static let schema = "judgements"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "inspection_id") var inspection: InspectionModel
    @Field(key: "body") var body: String
    @Field(key: "area") var area: String
    @Field(key: "grade") var grade: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}
}

public final class RecommendationModel: Model, @unchecked Sendable {
    public static let schema = "recommendations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "inspection_id") var inspection: InspectionModel
    @Field(key: "number") var number: Int
    @Field(key: "text") var text: String
    @OptionalField(key: "area") var area: String?
    @Field(key: "priority_action") var priorityAction: Bool
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}
}
