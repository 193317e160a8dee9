import Fluent
import OversightDocuments
import OversightDomain
import OversightStore

/// The scorecard as a report's appendix: each indicator's figure for a month against its target
/// and benchmarks. On a Part I report, the public one, counts of children follow the
/// small-number rules: 1 to 5 shown as "c", and a part hidden too where the whole minus it
/// would give a hidden count away; a Part II report shows the true numbers.
enum ScorecardAppendix {
    static func blocks(through month: ReportingPeriod, council: Council, suppress: Bool, on db: any Database) async throws -> [Block] {
        blocks(through: month, council: council, suppress: suppress, models: try await ScorecardController.models(council, on: db))
    }

    /// The same from indicators already read, for a board pack that makes both versions at once.
    static func blocks(through month: ReportingPeriod, council: Council, suppress: Bool, models: [IndicatorPageModel]) -> [Block] {
        var blocks: [Block] = [.paragraph([.strong("\(council.name) scorecard"), .text(
            ": each indicator's figure for \(month.label), or its latest before it, against its target, with England and the statistical neighbours' average for the year.")])]
        if suppress {
            blocks.append(.paragraph([.text(
                "Counts of children from 1 to 5 are shown as c, as are figures from which one could be worked out. x: not available; z: not applicable; k: rounds to zero but is not zero.")]))
        }
        guard !models.isEmpty else { return blocks + [.paragraph("The scorecard has no indicators yet.")] }
        var themes: [String] = []
        for model in models where !themes.contains(model.indicator.theme) { themes.append(model.indicator.theme) }
        for theme in themes {
            blocks.append(.heading(level: 3, text: theme))
            let rows: [[Cell]] = models.filter { $0.indicator.theme == theme }.map { model in
                let summary = IndicatorSummary(indicator: model.indicator, values: model.values.filter { $0.period <= month },
                                               targets: model.targets, benchmarks: model.benchmarks)
                return row(summary, suppress: suppress && model.indicator.countsChildren)
            }
            blocks.append(.table(Table(caption: "\(theme): figures for \(month.label)",
                                       header: ["Indicator", "Period", "Numerator", "Denominator", "Figure", "Target", "Rating",
                                                "Since the period before", "England", "Neighbours"],
                                       rows: rows)))
        }
        return blocks
    }

    /// One indicator's row; `suppress` when its counts are of children and the report is public.
    static func row(_ summary: IndicatorSummary, suppress: Bool) -> [Cell] {
        let indicator = summary.indicator, unit = indicator.unit
        guard let latest = summary.latest else {
            return [Cell(indicator.title), "x", "x", "x", "x", Cell(summary.target.map { unit.format($0.value) } ?? "None set"),
                    "No figure", "x", "x", "x"]
        }
        let published = published(latest, unit: unit, suppress: suppress)
        let rating: Cell = summary.rag.map { Cell($0.word, fill: fill($0)) } ?? Cell("No target")
        return [Cell(indicator.title), Cell(latest.period.label), Cell(published.numerator), Cell(published.denominator),
                Cell(published.figure), Cell(summary.target.map { unit.format($0.value) } ?? "None set"), rating,
                Cell(summary.sincePrevious?.label ?? "x"), Cell(summary.benchmark?.england.map(unit.format) ?? "x"),
                Cell(summary.benchmark?.neighbours.map(unit.format) ?? "x")]
    }

    /// The numerator, denominator and figure as they may be printed.
    static func published(_ value: IndicatorValue, unit: IndicatorUnit,
                          suppress: Bool) -> (numerator: String, denominator: String, figure: String) {
        let numerator = value.numerator.map(IndicatorValueImport.format) ?? "x"
        let denominator = value.denominator.map(IndicatorValueImport.format) ?? "x"
        guard suppress else { return (numerator, denominator, unit.format(value.value)) }
        func count(_ number: Double?) -> Int? { number.flatMap { Int(exactly: $0) } }
        if unit == .count {
            let shown = SmallNumbers.primary(count(value.value)).text
            return (value.numerator == nil ? "x" : shown, denominator, shown)
        }
        guard let n = count(value.numerator), let d = count(value.denominator) else {
            return (numerator, denominator, unit.format(value.value))
        }
        let parts = SmallNumbers.part(n, of: d)
        return (parts.part.text, parts.whole.text, SmallNumbers.share(numerator: n, denominator: d, unit: unit))
    }

    static func fill(_ rag: RAG) -> Fill {
        switch rag {
        case .red: .red
        case .amber: .amber
        case .green: .green
        }
    }
}
