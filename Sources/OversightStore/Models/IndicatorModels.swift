import Fluent
import Foundation
import OversightDomain

public final class IndicatorModel: Model, @unchecked Sendable {
    public static let schema = "indicators"

    @ID(key: .id) public var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "code") var code: String
    @Field(key: "title") var title: String
    @Field(key: "description") var summary: String
    @OptionalField(key: "numerator") var numerator: String?
    @OptionalField(key: "denominator") var denominator: String?
    @Field(key: "unit") var unit: String
    @Field(key: "polarity") var polarity: String
    @Field(key: "frequency") var frequency: String
    @Field(key: "theme") var theme: String
    @OptionalField(key: "source") var source: String?
    @OptionalField(key: "owner_id") var ownerID: UUID?
    @OptionalField(key: "data_quality_note") var dataQualityNote: String?
    @Field(key: "counts_children") var countsChildren: Bool
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}

    func toDomain() throws -> Indicator {
        guard let id, let unit = IndicatorUnit(rawValue: unit), let polarity = Polarity(rawValue: polarity),
              let frequency = Frequency(rawValue: frequency) else {
            throw StoreError.corrupt("indicator \(code) is unreadable")
        }
        return Indicator(id: .init(id), councilID: .init(councilID), code: code, title: title, description: summary,
                         numerator: numerator, denominator: denominator, unit: unit, polarity: polarity,
                         frequency: frequency, theme: theme, source: source, ownerID: ownerID.map { .init($0) },
                         dataQualityNote: dataQualityNote, countsChildren: countsChildren, version: version)
    }

    /// The columns `indicator(_:)` reads, in its order.
    static let columns = """
        id, council_id, code, title, description, numerator, denominator, unit, polarity, frequency, theme, source, \
        owner_id, data_quality_note, counts_children, version
        """

    /// An indicator read by column position from a query that selects `columns`.
    static func indicator(_ row: ColumnRow) throws -> Indicator {
        let code = try row.string(2)
        guard let unit = IndicatorUnit(rawValue: try row.string(7)), let polarity = Polarity(rawValue: try row.string(8)),
              let frequency = Frequency(rawValue: try row.string(9)) else {
            throw StoreError.corrupt("indicator \(code) is unreadable")
        }
        return Indicator(id: .init(try row.uuid(0)), councilID: .init(try row.uuid(1)), code: code, title: try row.string(3),
                         description: try row.string(4), numerator: try row.optionalString(5),
                         denominator: try row.optionalString(6), unit: unit, polarity: polarity, frequency: frequency,
                         theme: try row.string(10), source: try row.optionalString(11),
                         ownerID: try row.optionalUUID(12).map { .init($0) }, dataQualityNote: try row.optionalString(13),
                         countsChildren: try row.bool(14), version: try row.int(15))
    }
}
