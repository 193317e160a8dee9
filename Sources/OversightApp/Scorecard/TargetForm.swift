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
            check.fail("period", ScorecardMessages.targetPeriod)
        } else if let parsed, parsed.frequency != .annual, parsed.frequency != indicator.frequency {
            check.fail("period", ScorecardMessages.targetFrequency(indicator))
        }
        var problems: [ImportProblem] = []
        let target = CSVTable.number(value.trimmedOrNil, column: "value", line: 0, problems: &problems)
        let tolerance = CSVTable.number(tolerance.trimmedOrNil, column: "tolerance", line: 0, problems: &problems)
        for problem in problems { check.fail(problem.column ?? "value", ScorecardMessages.targetProblem(problem)) }
        if target == nil && !problems.contains(where: { $0.column == "value" }) { check.fail("value", ScorecardMessages.targetMissing) }
        if let target, !indicator.unit.allowed.contains(target) { check.fail("value", ScorecardMessages.targetOverPercentage) }
        if tolerance == nil && !problems.contains(where: { $0.column == "tolerance" }) {
            check.fail("tolerance", ScorecardMessages.toleranceMissing)
        }
        return check.result {
            guard let parsed, let target, let tolerance else { return nil }
            return IndicatorTarget(period: parsed, value: target, tolerance: tolerance)
        }
    }
}
