import OversightDomain

/// Every error message of the self-assessment forms: the assessment, its answers, evidence and
/// documents, the grades given to its areas, and moving it through its workflow.
enum SelfAssessmentMessages {
    static let title = "Enter the self-assessment's title, for example \"Self-assessment for the DfE review of progress, December 2016\""
    static let purpose = "Select what the self-assessment is for"
    /// `from` is the start of the period covered.
    static func periodEndBeforeStart(_ from: CalendarDate) -> String {
        "End of the period covered must be on or after its start, \(UKDateFormat.long(from))"
    }
    static let author = "Select the author from People"
    static let event = "Choose what to do with the self-assessment"
    static let stale = "Someone else changed this self-assessment while you were looking at it. Go back and reload the page."
    static let evidence = "Select the evidence to cite"
    static let document = "Choose the document to upload"
    static let areaGrade = "Select the grade you give this area"
    static let areaReasons = "Enter the reasons for the grade: what the evidence shows"
}
