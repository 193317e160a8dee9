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
}
