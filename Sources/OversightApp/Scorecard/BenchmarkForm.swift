import Foundation
import OversightDomain
import OversightStore
import Vapor

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
        if year == nil { check.fail("year", ScorecardMessages.benchmarkYear) }
        var figures: [Double?] = []
        for (field, label) in [("england", "England"), ("neighbours", "Statistical neighbours"), ("region", "Region")] {
            var problems: [ImportProblem] = []
            let text: String? = switch field {
            case "england": england.trimmedOrNil
            case "neighbours": neighbours.trimmedOrNil
            default: region.trimmedOrNil
            }
            let figure = CSVTable.number(text, column: field, line: 0, problems: &problems)
            if let problem = problems.first { check.fail(field, ScorecardMessages.benchmarkProblem(label, problem)) }
            else if let figure, !indicator.unit.allowed.contains(figure) { check.fail(field, ScorecardMessages.benchmarkOverPercentage(label)) }
            figures.append(figure)
        }
        if check.errors.isEmpty, figures.allSatisfy({ $0 == nil }) {
            check.fail("england", ScorecardMessages.benchmarkNoFigure)
        }
        let source = check.optional("source", source, max: 200, label: "Source")
        return check.result {
            guard let year else { return nil }
            return IndicatorBenchmark(year: year, england: figures[0], neighbours: figures[1], region: figures[2], source: source)
        }
    }
}
