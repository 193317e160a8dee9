import OversightDomain

/// Every error message of the inspection forms: an inspection, its judgements and its
/// recommendations.
enum InspectionMessages {
    // MARK: An inspection

    static let inspectionKind = "Select the kind of inspection"
    static let inspectorate = "Enter the inspectorate, such as Ofsted"
    static let framework = "Select the inspection framework"
    static let reportURL = "Enter the report's web address in the correct format, like https://reports.ofsted.gov.uk/..."
    static let endBeforeStart = "End date must be the same as or after the start date"
    static let publishedBeforeStart = "Publication date must be the same as or after the start date"
    /// A framework cannot change while a recorded judgement is in `area`, which the new `framework` lacks.
    static func strayJudgement(_ area: JudgementArea, _ framework: Framework) -> String {
        "\(area.label) is not an area of the \(framework.shortLabel) framework: change or remove that judgement first"
    }

    // MARK: Judgements

    static let judgementBody = "Enter the inspected body, such as Children's services"
    static func judgementArea(_ framework: Framework) -> String {
        "Select a judgement area of the \(framework.shortLabel) framework"
    }
    static let grade = "Select the grade, or Not graded"
    static let judgementRepeated = "This body already has a judgement for this area: change that judgement instead"

    // MARK: Recommendations

    static let recommendationNumber = "Enter the recommendation's number, a whole number such as 3"
    static let recommendationNumberRange = "Recommendation number must be between 1 and 999"
    static func recommendationNumberTaken(_ number: Int) -> String {
        "Recommendation \(number) already exists in this inspection: choose another number"
    }
    static let recommendationText = "Enter the recommendation's text"
    static let recommendationArea = Messages.select("a judgement area from the list")
}
