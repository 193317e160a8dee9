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
        let code = check.required("code", code?.uppercased(), "Enter a short code for the indicator, like CIN-REREF", max: 30, label: "Code")
        if let code, !Self.isCode(code) {
            check.fail("code", "Code must be 2 to 30 capital letters, digits and hyphens, like CIN-REREF")
        }
        let title = check.required("title", title, "Enter the indicator's title", max: 200, label: "Title")
        let description = check.required("description", description, "Enter what the indicator measures", max: 2000,
                                         label: "What it measures")
        let numerator = check.optional("numerator", numerator, max: 300, label: "Numerator")
        let denominator = check.optional("denominator", denominator, max: 300, label: "Denominator")
        let unit: IndicatorUnit? = check.choice("unit", unit, "Select the unit the figures are in")
        let polarity: Polarity? = check.choice("polarity", polarity, "Select whether higher or lower is better")
        let frequency: Frequency? = check.choice("frequency", frequency, "Select how often figures are reported")
        let theme = check.required("theme", theme, "Enter the theme the indicator is grouped under, like Help and protection",
                                   max: 100, label: "Theme")
        let source = check.optional("source", source, max: 200, label: "Source")
        var ownerID: Person.ID?
        if let owner = owner.trimmedOrNil {
            if let uuid = UUID(uuidString: owner) { ownerID = .init(uuid) } else { check.fail("owner", "Select the owner from the list") }
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

/// One figure typed in, checked by the same rules as an imported line.
struct IndicatorValueForm: Content {
    var period: String?
    var numerator: String?
    var denominator: String?
    var value: String?
    var status: String?
    var comment: String?
    var version: String?

    init(period: String? = nil) { self.period = period }

    init(_ value: IndicatorValue, version: Int) {
        period = value.period.code
        numerator = value.numerator.map(IndicatorValueImport.format)
        denominator = value.denominator.map(IndicatorValueImport.format)
        self.value = IndicatorValueImport.format(value.value)
        status = value.status.rawValue
        comment = value.comment
        self.version = String(version)
    }

    /// The import's checks, with each problem placed on its field.
    func validate(for indicator: Indicator) -> Validated<IndicatorValue> {
        let record = ["indicator_code": indicator.code, "period": period ?? "", "numerator": numerator ?? "",
                      "denominator": denominator ?? "", "value": value ?? "", "status": status ?? "", "comment": comment ?? ""]
            .mapValues(\.trimmingWhitespace)
        var seen: [ValueKey: Int] = [:]
        let (row, problems) = IndicatorValueImport.check(record, line: 1, indicators: [indicator.code: indicator], validated: [],
                                                         seen: &seen)
        if let row, problems.isEmpty { return .valid(row.value) }
        var errors: [FieldError] = []
        for problem in problems {
            let field = problem.column ?? "period"
            let label = ["period": "Period", "numerator": "Numerator", "denominator": "Denominator", "value": "Value",
                         "status": "Status", "comment": "Comment"][field] ?? "Period"
            guard !errors.contains(where: { $0.field == field }) else { continue }
            errors.append(FieldError(field: field, message: "\(label) \(problem.message)"))
        }
        let order = ["period", "numerator", "denominator", "value", "status", "comment"]
        return .invalid(errors.sorted { (order.firstIndex(of: $0.field) ?? 9) < (order.firstIndex(of: $1.field) ?? 9) })
    }
}

/// A target for a period, or for a financial year, which then covers its months and quarters.
struct TargetForm: Content {
    var period: String?
    var value: String?
    var tolerance: String?

    func validate(for indicator: Indicator) -> Validated<IndicatorTarget> {
        var check = Validator()
        let periodText = period.trimmedOrNil ?? ""
        let parsed = ReportingPeriod(periodText)
        if parsed == nil {
            check.fail("period", "Enter the period as a financial year like 2017-18, a month like 2017-10 or a quarter like 2017-Q1")
        } else if let parsed, parsed.frequency != .annual, parsed.frequency != indicator.frequency {
            check.fail("period", "\(indicator.code) is reported \(indicator.frequency.label.lowercased()); set its target for a financial year like 2017-18 or for one of its periods")
        }
        var problems: [ImportProblem] = []
        let target = CSVTable.number(value.trimmedOrNil, column: "value", line: 0, problems: &problems)
        let tolerance = CSVTable.number(tolerance.trimmedOrNil, column: "tolerance", line: 0, problems: &problems)
        for problem in problems { check.fail(problem.column ?? "value", "\(problem.column == "tolerance" ? "Tolerance" : "Target") \(problem.message)") }
        if target == nil && !problems.contains(where: { $0.column == "value" }) { check.fail("value", "Enter the target, like 22") }
        if let target, !indicator.unit.allowed.contains(target) { check.fail("value", "Target must be 100 or less for a percentage") }
        if tolerance == nil && !problems.contains(where: { $0.column == "tolerance" }) {
            check.fail("tolerance", "Enter the tolerance: how far from the target is amber rather than red, like 2")
        }
        return check.result {
            guard let parsed, let target, let tolerance else { return nil }
            return IndicatorTarget(period: parsed, value: target, tolerance: tolerance)
        }
    }
}

/// England, neighbours' and regional figures for one financial year.
struct BenchmarkForm: Content {
    var year: String?
    var england: String?
    var neighbours: String?
    var region: String?
    var source: String?

    func validate(for indicator: Indicator) -> Validated<IndicatorBenchmark> {
        var check = Validator()
        let year = BenchmarkImport.year(year.trimmedOrNil ?? "")
        if year == nil { check.fail("year", "Enter the financial year, like 2016-17") }
        var figures: [Double?] = []
        for (field, label) in [("england", "England"), ("neighbours", "Statistical neighbours"), ("region", "Region")] {
            var problems: [ImportProblem] = []
            let text: String? = switch field {
            case "england": england.trimmedOrNil
            case "neighbours": neighbours.trimmedOrNil
            default: region.trimmedOrNil
            }
            let figure = CSVTable.number(text, column: field, line: 0, problems: &problems)
            if let problem = problems.first { check.fail(field, "\(label): \(problem.message)") }
            else if let figure, !indicator.unit.allowed.contains(figure) { check.fail(field, "\(label) must be 100 or less for a percentage") }
            figures.append(figure)
        }
        if check.errors.isEmpty, figures.allSatisfy({ $0 == nil }) {
            check.fail("england", "Enter at least one figure: England, statistical neighbours or region")
        }
        let source = check.optional("source", source, max: 200, label: "Source")
        return check.result {
            guard let year else { return nil }
            return IndicatorBenchmark(year: year, england: figures[0], neighbours: figures[1], region: figures[2], source: source)
        }
    }
}

struct ComparatorsForm: Content {
    var region: String?
    var neighbours: String?
    var version: String?

    init(region: String? = nil, neighbours: String? = nil, version: String? = nil) {
        self.region = region
        self.neighbours = neighbours
        self.version = version
    }

    init(_ comparators: Comparators) {
        self.init(region: comparators.region, neighbours: comparators.neighbours.joined(separator: "\n"),
                  version: String(comparators.version))
    }

    func validate(council: String) -> Validated<Comparators> {
        var check = Validator()
        let region = check.optional("region", region, max: 100, label: "Region")
        let names = (neighbours ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if let problem = Comparators.problem(with: names, council: council) { check.fail("neighbours", problem) }
        return check.result { Comparators(region: region, neighbours: names, version: Int(version ?? "") ?? 0) }
    }
}

/// Linking an action to an indicator, or undoing it.
struct ActionLinkForm: Content {
    var action: String?
    var remove: String?
}
