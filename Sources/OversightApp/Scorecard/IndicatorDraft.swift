import Foundation
import OversightDomain
import OversightStore
import Vapor

/// What an indicator's definition form produces: everything but its identity.
package struct IndicatorDraft: Equatable, Sendable {
    package var code: String
    package var title: String
    package var description: String
    package var numerator: String?
    package var denominator: String?
    package var unit: IndicatorUnit
    package var polarity: Polarity
    package var frequency: Frequency
    package var theme: String
    package var source: String?
    package var ownerID: Person.ID?
    package var dataQualityNote: String?
    package var countsChildren: Bool

    /// Written out because the demo's load-test data builds drafts from another target.
    package init(code: String, title: String, description: String, numerator: String?, denominator: String?, unit: IndicatorUnit, polarity: Polarity, frequency: Frequency, theme: String, source: String?, ownerID: Person.ID?, dataQualityNote: String?, countsChildren: Bool) {
        self.code = code
        self.title = title
        self.description = description
        self.numerator = numerator
        self.denominator = denominator
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.theme = theme
        self.source = source
        self.ownerID = ownerID
        self.dataQualityNote = dataQualityNote
        self.countsChildren = countsChildren
    }

    package func indicator(id: Indicator.ID, in council: Council.ID, version: Int = 1) -> Indicator {
        Indicator(id: id, councilID: council, code: code, title: title, description: description, numerator: numerator,
                  denominator: denominator, unit: unit, polarity: polarity, frequency: frequency, theme: theme, source: source,
                  ownerID: ownerID, dataQualityNote: dataQualityNote, countsChildren: countsChildren, version: version)
    }
}
