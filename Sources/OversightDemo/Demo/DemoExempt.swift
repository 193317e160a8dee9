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
    /// The Scrutiny report's exempt Appendix C: a Part I report with a Part II appendix.
    static let appendixTitle = "Agency social work costs by team, December 2016"
    static let appendixText = """
        Agency social work costs by team, December 2016

        The Council paid agency suppliers an average of £41.20 an hour for a qualified social worker in December 2016.
        Assessment team North: 6 agency social workers, £24,700 in the month.
        Assessment team South: 4 agency social workers, £16,480 in the month.
        Child protection team Central: 5 agency social workers, £20,600 in the month.
        The preferred supplier's discount of 3.5 per cent applies from the twelfth week of each placement.
        """
    static let appendixPublicInterest = "The appendix sets out the rates the Council pays each agency supplier while a new contract is being procured; disclosing them would prejudice the procurement."
    static let draftReportSummary = "This report updates the Committee on the first three months of the Continuous Improvement Plan."
}
