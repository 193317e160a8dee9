import OversightDomain

/// Every error message of the scorecard's forms: an indicator, its figures, targets and
/// benchmarks, its linked actions, the catalogue, and importing figures.
enum ScorecardMessages {
    // MARK: An indicator

    static let code = "Enter a short code for the indicator, like CIN-REREF"
    static let codeFormat = "Code must be 2 to 30 capital letters, digits and hyphens, like CIN-REREF"
    static func codeTaken(_ code: String) -> String {
        "\(code) is the code of another indicator on the scorecard; choose another"
    }
    static let title = "Enter the indicator's title"
    static let measures = "Enter what the indicator measures"
    static let unit = "Select the unit the figures are in"
    static let polarity = "Select whether higher or lower is better"
    static let frequency = "Select how often figures are reported"
    static let theme = "Enter the theme the indicator is grouped under, like Help and protection"
    static let owner = "Select the owner from the list"
    /// The unit (when `unitChanged`) or else the frequency of `before` cannot change once figures are recorded in it.
    static func fixedOnceRecorded(unitChanged: Bool, _ before: Indicator, figures: Int) -> String {
        let what = unitChanged ? "unit (\(before.unit.label.lowercased()))" : "frequency (\(before.frequency.label.lowercased()))"
        return "The \(what) cannot change: \(counted(figures, "figure")) \(figures == 1 ? "is" : "are") recorded in it. Add a new indicator instead"
    }
    static func notInCatalogue(_ code: String?) -> String {
        "\(code ?? "That indicator") is not in the catalogue or is on the scorecard already"
    }
    static let linkAction = "Select the action that aims to move this indicator"

    // MARK: Figures

    /// An import rule's `problem` placed on the field whose label is `label`.
    static func valueProblem(_ label: String, _ problem: ImportProblem) -> String { "\(label) \(problem.message)" }
    static func validatedFinal(_ period: ReportingPeriod) -> String {
        "The figure for \(period.label) is validated, which is final; ask the programme manager to correct it"
    }
    static func correctionComment(_ period: ReportingPeriod) -> String {
        "Say in the comment why the validated figure for \(period.label) is being corrected"
    }

    // MARK: Targets

    static let targetPeriod = "Enter the period as a financial year like 2017-18, a month like 2017-10 or a quarter like 2017-Q1"
    static func targetFrequency(_ indicator: Indicator) -> String {
        "\(indicator.code) is reported \(indicator.frequency.label.lowercased()); set its target for a financial year like 2017-18 or for one of its periods"
    }
    /// A number rule's `problem` with the target or the tolerance, by the problem's column.
    static func targetProblem(_ problem: ImportProblem) -> String {
        "\(problem.column == "tolerance" ? "Tolerance" : "Target") \(problem.message)"
    }
    static let targetMissing = "Enter the target, like 22"
    static let targetOverPercentage = "Target must be 100 or less for a percentage"
    static let toleranceMissing = "Enter the tolerance: how far from the target is amber rather than red, like 2"

    // MARK: Benchmarks

    static let benchmarkYear = "Enter the financial year, like 2016-17"
    /// A number rule's `problem` with the figure whose label is `label`, such as "England".
    static func benchmarkProblem(_ label: String, _ problem: ImportProblem) -> String { "\(label): \(problem.message)" }
    static func benchmarkOverPercentage(_ label: String) -> String { "\(label) must be 100 or less for a percentage" }
    static let benchmarkNoFigure = "Enter at least one figure: England, statistical neighbours or region"

    // MARK: Importing figures

    static let importFile = "Choose a CSV file or Excel workbook of figures to import"
    static func importRefused(_ fileName: String, problems count: Int) -> String {
        "\(fileName) has \(counted(count, "problem")): nothing was imported. Put \(count == 1 ? "it" : "them") right and upload the file again"
    }
    static func importChanged(_ fileName: String, problems count: Int) -> String {
        "The figures changed since the preview: \(fileName) has \(counted(count, "problem")) now, and nothing was imported"
    }
}
