/// Words the demo holds that must not reach everyone: a board action raised in private (linked
/// from the workforce risk), its update, and a report still in draft on an agenda already
/// published. Named here so that the demo and the tests that look for leaks say the same.
enum DemoExempt {
    static let boardAction = "Agree the managed service's rate card with the preferred supplier before the contract is awarded"
    static let boardActionUpdate = "The preferred supplier has offered £37.90 an hour for a qualified social worker; negotiation continues."
    static let draftReportTitle = "Improvement Board Update: January 2018"
    static let draftReportSummary = "This report updates the Committee on the first three months of the Continuous Improvement Plan."
}
