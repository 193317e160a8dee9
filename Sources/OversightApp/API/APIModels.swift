import OversightDomain
import OversightStore

/// What the read-only JSON API returns. Stable field names and codes, never Fluent models.
struct CodeAndLabel: Codable, Equatable, Sendable {
    var code: String
    var label: String

    init<T: Labelled>(_ value: T) {
        code = value.rawValue
        label = value.label
    }
}

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

struct PersonDTO: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var jobTitle: String?
    var telephone: String?
    var email: String?
    var version: Int

    init(_ person: Person) {
        id = person.id.description
        name = person.name
        jobTitle = person.jobTitle
        telephone = person.telephone
        email = person.email
        version = person.version
    }
}

struct JudgementDTO: Codable, Equatable, Sendable {
    var id: String
    var body: String
    var area: CodeAndLabel
    var grade: CodeAndLabel
}

struct RecommendationDTO: Codable, Equatable, Sendable {
    var id: String
    var number: Int
    var text: String
    var area: CodeAndLabel?
    var priorityAction: Bool
}

struct InspectionDTO: Codable, Equatable, Sendable {
    var id: String
    var title: String
    var kind: CodeAndLabel
    var inspectorate: String
    var framework: CodeAndLabel
    var startDate: String
    var endDate: String?
    var publishedDate: String?
    var reportURL: String?
    var judgements: [JudgementDTO]
    var recommendations: [RecommendationDTO]
    var version: Int

    init(_ record: InspectionRecord) {
        let inspection = record.inspection
        id = inspection.id.description
        title = inspection.title
        kind = CodeAndLabel(inspection.kind)
        inspectorate = inspection.inspectorate
        framework = CodeAndLabel(inspection.framework)
        startDate = inspection.startDate.iso
        endDate = inspection.endDate?.iso
        publishedDate = inspection.publishedDate?.iso
        reportURL = inspection.reportURL
        judgements = record.judgements.map {
            JudgementDTO(id: $0.id.description, body: $0.body, area: CodeAndLabel($0.area), grade: CodeAndLabel($0.grade))
        }
        recommendations = record.recommendations.map {
            RecommendationDTO(id: $0.id.description, number: $0.number, text: $0.text,
                              area: $0.area.map(CodeAndLabel.init), priorityAction: $0.isPriorityAction)
        }
        version = inspection.version
    }
}

/// A page of a list, with what a client needs to fetch the rest.
struct ListPage<Item: Codable & Sendable>: Codable, Sendable {
    var items: [Item]
    var page: Int
    var perPage: Int
    var total: Int
}
