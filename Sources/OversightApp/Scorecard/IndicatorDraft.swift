import Foundation
import OversightDomain
import OversightStore
import Vapor

/// What an indicator's definition form produces: everything but its identity.
struct IndicatorDraft: Equatable, Sendable {
    var code: String
    var title: String
    var description: String
    var numerator: String?
    var denominator: String?
    var unit: IndicatorUnit
    var polarity: Polarity
    var frequency: Frequency
    var theme: String
    var source: String?
    var ownerID: Person.ID?
    var dataQualityNote: String?
    var countsChildren: Bool

    func indicator(id: Indicator.ID, in council: Council.ID, version: Int = 1) -> Indicator {
        Indicator(id: id, councilID: council, code: code, title: title, description: description, numerator: numerator,
                  denominator: denominator, unit: unit, polarity: polarity, frequency: frequency, theme: theme, source: source,
                  ownerID: ownerID, dataQualityNote: dataQualityNote, countsChildren: countsChildren, version: version)
    }
}
