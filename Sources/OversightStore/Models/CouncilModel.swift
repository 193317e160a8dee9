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

extension CouncilModel {
    /// Requires `areas` to have been eager-loaded.
    func toDomain() throws -> Council {
        guard let id else { throw StoreError.corrupt("council without id") }
        guard let kind = CouncilKind(rawValue: kind), let label = AreaLabel(rawValue: areaLabel),
              let start = DayOfYear(month: financialYearStartMonth, day: financialYearStartDay)
        else { throw StoreError.corrupt("council \(id) has a value this version does not know") }
        return Council(
            id: .init(id), name: name, kind: kind, areaLabel: label,
            areas: areas.sorted { $0.position < $1.position }.map(\.name),
            financialYearStart: start, version: version
        )
    }
}
