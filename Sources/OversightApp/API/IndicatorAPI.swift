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

struct IndicatorValueDTO: Codable, Equatable, Sendable {
    var period: String
    var numerator: Double?
    var denominator: Double?
    var value: Double
    var status: String
    var comment: String?

    init(_ value: IndicatorValue) {
        period = value.period.code
        numerator = value.numerator
        denominator = value.denominator
        self.value = value.value
        status = value.status.rawValue
        comment = value.comment
    }
}

/// `/api/v1/indicators` and `/api/v1/indicators/{code}/values`: every council's indicators the
/// caller can see (a code is unique within a council; the values list says whose each is).
enum IndicatorAPIController {
    @Sendable static func indicators(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        var all: [IndicatorDTO] = []
        for council in try await CouncilStore.all(on: req.db) {
            all += try await ScorecardController.models(council, on: req.db).map(IndicatorDTO.init)
        }
        return try APIController.paged(all, req)
    }

    struct ValuesDTO: Codable, Sendable {
        var councilId: String
        var code: String
        var values: [IndicatorValueDTO]
    }

    @Sendable static func values(req: Request) async throws -> Response {
        _ = try await req.require(.viewProgramme)
        guard let code = req.parameters.get(SiteURL.Key.code.rawValue) else { throw Abort(.notFound) }
        var found: [ValuesDTO] = []
        for indicator in try await IndicatorStore.indicators(withCode: code, on: req.db) {
            found.append(ValuesDTO(councilId: indicator.councilID.description, code: code,
                                   values: try await IndicatorStore.values(of: indicator.id, on: req.db).map(IndicatorValueDTO.init)))
        }
        guard !found.isEmpty else { throw Abort(.notFound, reason: "No indicator has the code \(code)") }
        return try APIController.paged(found, req)
    }
}
