import Foundation
import OversightDomain
import OversightStore
import Vapor

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
