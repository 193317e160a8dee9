/// Words the demo holds that must not reach everyone: a board action raised in private (linked
/// from the workforce risk), its update, a report still in draft on an agenda already published,
/// and an item of an agenda not yet published. Named here so that the demo and the tests that look for leaks say the same.
enum DemoExempt {
    static let boardAction = "Agree the managed service's rate card with the preferred supplier before the contract is awarded"
    static let boardActionUpdate = "The preferred supplier has offered £37.90 an hour for a qualified social worker; negotiation continues."
    static let draftReportTitle = "Improvement Board Update: January 2018"
    /// On the agenda of December 2017's board meeting, not yet published.
    static let draftAgendaItem = "Placement sufficiency: options for a second local children's home"
    /// The plain-language summary of the Part II agency staffing report: as exempt as the report.
    static let partTwoPlainSummary = "The council is choosing a company to find social workers while it recruits its own; who and at what price stays private until the contract is signed."
    static let draftReportSummary = "This report updates the Committee on the first three months of the Continuous Improvement Plan."
}
