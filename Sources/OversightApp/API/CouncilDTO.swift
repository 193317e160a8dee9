import OversightDomain
import OversightStore

struct CouncilDTO: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var kind: CodeAndLabel
    var areaLabel: CodeAndLabel
    var areas: [String]
    var financialYearStart: String
    var version: Int

    init(_ council: Council) {
        id = council.id.description
        name = council.name
        kind = CodeAndLabel(council.kind)
        areaLabel = CodeAndLabel(council.areaLabel)
        areas = council.areas
        // "--04-01": ISO 8601's form for a day that recurs every year.
        financialYearStart = "--" + String(format: "%02d-%02d", council.financialYearStart.month,
                                           council.financialYearStart.day)
        version = council.version
    }
}
