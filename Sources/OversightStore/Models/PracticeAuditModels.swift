import Fluent
import Foundation
import OversightDomain

public final class AuditRoundModel: Model, @unchecked Sendable {
    public static let schema = "audit_rounds"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "month") var month: String
    @Field(key: "theme") var theme: String
    @Field(key: "cases_audited") var casesAudited: Int
    @Field(key: "outstanding") var outstanding: Int
    @Field(key: "good") var good: Int
    @Field(key: "requires_improvement") var requiresImprovement: Int
    @Field(key: "inadequate") var inadequate: Int
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> AuditRound {
        guard let id, let day = CalendarDate(iso: month) else { throw StoreError.corrupt("audit round \(theme)") }
        return AuditRound(id: .init(id), councilID: .init(councilID), month: day, theme: theme, casesAudited: casesAudited,
                          outstanding: outstanding, good: good, requiresImprovement: requiresImprovement, inadequate: inadequate,
                          version: version)
    }
}
