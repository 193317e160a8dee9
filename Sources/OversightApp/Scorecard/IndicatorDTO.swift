import OversightDomain
import OversightStore
import Vapor

/// An indicator in the API, with where it stands.
struct IndicatorDTO: Codable, Equatable, Sendable {
    var id: String
    var councilId: String
    var code: String
    var title: String
    var theme: String
    var unit: CodeAndLabel
    var polarity: CodeAndLabel
    var frequency: CodeAndLabel
    var latest: IndicatorValueDTO?
    var target: Double?
    var rating: CodeAndLabel?
    var sincePrevious: CodeAndLabel?
    var sinceYearBefore: CodeAndLabel?
    var england: Double?
    var neighbours: Double?

    init(_ model: IndicatorPageModel) {
        let indicator = model.indicator, summary = model.summary
        id = indicator.id.description
        councilId = indicator.councilID.description
        code = indicator.code
        title = indicator.title
        theme = indicator.theme
        unit = CodeAndLabel(indicator.unit)
        polarity = CodeAndLabel(indicator.polarity)
        frequency = CodeAndLabel(indicator.frequency)
        latest = summary.latest.map(IndicatorValueDTO.init)
        target = summary.target?.value
        rating = summary.rag.map(CodeAndLabel.init)
        sincePrevious = summary.sincePrevious.map(CodeAndLabel.init)
        sinceYearBefore = summary.sinceYearBefore.map(CodeAndLabel.init)
        england = summary.benchmark?.england
        neighbours = summary.benchmark?.neighbours
    }
}
