import OversightDomain

/// The page that adds an appendix to a draft report.
enum NewAppendix {}

extension NewAppendix {
    /// The report the appendix is added to, and the letter the new appendix will take.
    struct Model {
        var council: CouncilContext
        var reportID: Report.ID
        var reportTitle: String
        /// The next letter after the report's appendices.
        var letter: String
        /// A Part I report's appendix may be exempt; a Part II report's is exempt with it.
        var reportIsPartOne: Bool

        init(_ page: ReportPageModel) {
            council = CouncilContext(id: page.council.id, name: page.council.name)
            reportID = page.report.id
            reportTitle = page.report.title
            letter = ReportTemplate.letter(page.appendices.count)
            reportIsPartOne = page.report.part == .partI
        }
    }
}
