import Foundation
import OversightDomain
import OversightStore
import Vapor

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
        func trimmed(_ text: String?) -> String { (text ?? "").trimmingWhitespace }
        let record = IndicatorValueImport.Fields(
            code: indicator.code, period: trimmed(period), numerator: trimmed(numerator), denominator: trimmed(denominator),
            value: trimmed(value), status: trimmed(status), comment: trimmed(comment))
        var seen: [ValueKey: Int] = [:]
        let (row, problems) = IndicatorValueImport.check(record, line: 1, indicators: .init([indicator.code: indicator]),
                                                         validated: [], seen: &seen)
        if let row, problems.isEmpty { return .valid(row.value) }
        var errors: [FieldError] = []
        for problem in problems {
            let field = problem.column ?? "period"
            let label = ["period": "Period", "numerator": "Numerator", "denominator": "Denominator", "value": "Value",
                         "status": "Status", "comment": "Comment"][field] ?? "Period"
            guard !errors.contains(where: { $0.field == field }) else { continue }
            errors.append(FieldError(field: field, message: ScorecardMessages.valueProblem(label, problem)))
        }
        let order = ["period", "numerator", "denominator", "value", "status", "comment"]
        return .invalid(errors.sorted { (order.firstIndex(of: $0.field) ?? 9) < (order.firstIndex(of: $1.field) ?? 9) })
    }
}
