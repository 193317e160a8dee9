import Foundation
import OversightDomain
import OversightStore
import Vapor

struct IndicatorForm: FormInput {
    var code: String?
    var title: String?
    var description: String?
    var numerator: String?
    var denominator: String?
    var unit: String?
    var polarity: String?
    var frequency: String?
    var theme: String?
    var source: String?
    var owner: String?
    var dataQualityNote: String?
    var countsChildren: String?
    var version: String?

    init() {}

    init(_ indicator: Indicator) {
        code = indicator.code
        title = indicator.title
        description = indicator.description
        numerator = indicator.numerator
        denominator = indicator.denominator
        unit = indicator.unit.rawValue
        polarity = indicator.polarity.rawValue
        frequency = indicator.frequency.rawValue
        theme = indicator.theme
        source = indicator.source
        owner = indicator.ownerID?.description
        dataQualityNote = indicator.dataQualityNote
        countsChildren = indicator.countsChildren ? "yes" : nil
        version = String(indicator.version)
    }

    /// Codes are short and typed into CSV files: capitals, digits and hyphens.
    static func isCode(_ text: String) -> Bool {
        (2...30).contains(text.count) && text.first.map { $0.isLetter || $0.isNumber } == true
            && text.allSatisfy { ($0.isASCII && ($0.isUppercase || $0.isNumber)) || $0 == "-" }
    }

    func validate() -> Validated<IndicatorDraft> {
        var check = Validator()
        let code = check.required("code", code?.uppercased(), ScorecardMessages.code, max: 30, label: "Code")
        if let code, !Self.isCode(code) {
            check.fail("code", ScorecardMessages.codeFormat)
        }
        let title = check.required("title", title, ScorecardMessages.title, max: 200, label: "Title")
        let description = check.required("description", description, ScorecardMessages.measures, max: 2000,
                                         label: "What it measures")
        let numerator = check.optional("numerator", numerator, max: 300, label: "Numerator")
        let denominator = check.optional("denominator", denominator, max: 300, label: "Denominator")
        let unit: IndicatorUnit? = check.choice("unit", unit, ScorecardMessages.unit)
        let polarity: Polarity? = check.choice("polarity", polarity, ScorecardMessages.polarity)
        let frequency: Frequency? = check.choice("frequency", frequency, ScorecardMessages.frequency)
        let theme = check.required("theme", theme, ScorecardMessages.theme,
                                   max: 100, label: "Theme")
        let source = check.optional("source", source, max: 200, label: "Source")
        var ownerID: Person.ID?
        if let owner = owner.trimmedOrNil {
            if let uuid = UUID(uuidString: owner) { ownerID = .init(uuid) } else { check.fail("owner", ScorecardMessages.owner) }
        }
        let note = check.optional("dataQualityNote", dataQualityNote, max: 2000, label: "Data quality note")
        return check.result {
            guard let code, let title, let description, let unit, let polarity, let frequency, let theme else { return nil }
            return IndicatorDraft(code: code, title: title, description: description, numerator: numerator,
                                  denominator: denominator, unit: unit, polarity: polarity, frequency: frequency, theme: theme,
                                  source: source, ownerID: ownerID, dataQualityNote: note, countsChildren: countsChildren == "yes")
        }
    }
}
