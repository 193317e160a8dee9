import Fluent
import Foundation
import OversightDomain

/// The row behind `Council`. Views never see it: queries map it to the domain type.
public final class CouncilModel: Model, @unchecked Sendable {
    public static let schema = "councils"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "area_label") var areaLabel: String
    @Field(key: "financial_year_start_month") var financialYearStartMonth: Int
    @Field(key: "financial_year_start_day") var financialYearStartDay: Int
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Children(for: \.$council) var areas: [CouncilAreaModel]

    public init() {}
}

/// One electoral division or ward, kept in the council's order by `position`.
public final class CouncilAreaModel: Model, @unchecked Sendable {
    public static let schema = "council_areas"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "council_id") var council: CouncilModel
    @Field(key: "name") var name: String
    @Field(key: "position") var position: Int

    public init() {}

    init(id: UUID, councilID: UUID, name: String, position: Int) {
        self.id = id
        self.$council.id = councilID
        self.name = name
        self.position = position
    }
}
