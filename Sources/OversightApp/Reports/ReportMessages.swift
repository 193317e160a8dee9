import OversightDomain

/// Every error message of the report forms: a report, its appendices, its workflow (clearing,
/// publishing, correcting), and the administrator's templates and bank holidays.
enum ReportMessages {
    // MARK: A report

    static let committee = "Select the committee the report goes to"
    static let reportOf = "Enter whose report it is, for example the Director of Children's Services"
    static let part = "Select Part I or Part II"
    static func areasChosen(_ areaLabel: AreaLabel) -> String {
        "Select the \(areaLabel.plural.lowercased()) the report affects from the list, or choose All"
    }
    static func areasScope(_ areaLabel: AreaLabel) -> String {
        "Select which \(areaLabel.plural.lowercased()) the report affects"
    }
    static let title = "Enter the report's title"
    static let contactName = "Enter the name of the contact for further information"
    /// A contact's telephone is checked as a person's is, in the same words.
    static let contactTelephone = CouncilMessages.telephone
    /// A contact's email address is checked as a person's is, in the same words.
    static let contactEmail = CouncilMessages.email
    /// `row` counts from 0; the message counts from 1.
    static func paperName(row: Int) -> String {
        "Enter the name of background paper \(row + 1), or clear its date and contact"
    }
    static let exemptionParagraph = "Select the paragraph of Schedule 12A that makes the report exempt"
    static let appendixExempt = "Select whether the appendix is exempt from publication"
    static let appendixOfPartTwo = "This report is Part II, so all of it is exempt already: choose No"
    static let appendixParagraph = "Select the paragraph of Schedule 12A that makes the appendix exempt"
    static let publicInterest = "Enter why the public interest in keeping the information exempt outweighs the public interest in disclosing it"
    static let partOneNotExempt = "A Part I report is not exempt: clear the Schedule 12A paragraph and reason, or choose Part II"
    static let keyDecision = "Select whether the report asks for a key decision"
    static let templateMissing = "The report template could not be found. Go back, reload the page and try again."
    static func notEditable(_ status: ReportStatus) -> String {
        "This report is \(status.label.lowercased()) and can no longer be edited. Return it to draft first, or correct it once published."
    }

    // MARK: Appendices

    static let appendixFile = "Choose the file to attach"
    static let appendixAssessment = "Select the self-assessment the appendix is"
    static let appendixThrough = "Enter the month the scorecard's figures run to, like 2017-09"
    static let appendixPlan = "Select the plan the appendix is made from"
    static let appendixPeriod = "Select a month of the chosen plan"
    static let appendixSource = "Select what the appendix is"
    static func appendixNotDraft(_ status: ReportStatus) -> String {
        "This report is \(status.label.lowercased()): appendices are added while it is a draft"
    }
    static let appendixRemoveNotDraft = "Appendices can only be removed while the report is a draft"

    // MARK: Workflow

    static let workflowChoice = "Choose clear or return to draft."
    /// A refused clear or return to draft, from the report's status `from`.
    static func transitionRefused(_ from: ReportStatus, _ event: ReportEvent) -> String {
        "This report is \(from.label.lowercased()): it cannot be \(event == .clear ? "cleared" : "returned to draft") now"
    }
    static let transitionStale = "Someone else changed this report while you were looking at it. Check it, then try again."
    static func publishLate(_ publishBy: CalendarDate) -> String {
        "Enter why the report is published late: it should have been published by \(UKDateFormat.withWeekday(publishBy))"
    }
    static func publishRefused(_ from: ReportStatus) -> String {
        "Only a cleared report can be published; this report is \(from.label.lowercased())"
    }
    static let publishStale = "Someone else changed this report while you were looking at it. Check it, then publish again."
    static let correctionStarted = "A correction of this report has already been started"
    static let correctOnlyPublished = "Only a published report can be corrected"

    // MARK: Templates

    static let copyFrom = "Select the template to copy"
    static let copyName = "Enter a name for the new template"
    static func templateNameTaken(_ name: String) -> String { "A template called \(name) already exists: choose another name" }
    static let templateStale = "A newer version of this template was saved while you were editing. Open the newest version and make your changes there."
    static let templateName = "Enter the template's name"
    static func headerLabel(_ field: ReportTemplate.HeaderField) -> String { "Enter the label for \(field.label.lowercased())" }
    static func headerPosition(_ field: ReportTemplate.HeaderField) -> String {
        "Enter the position of \(field.label.lowercased()) as a whole number from 1 to 20"
    }
    static let partTwoLabel = "Enter a label for the reason for inclusion in Part II: the law requires it"
    static let partTwoKept = "Keep the reason for inclusion in Part II: the law requires it"
    static func sectionRepeated(_ row: Int) -> String {
        "Section \(row) has the same name as another section: give it a different label"
    }
    static func sectionPosition(_ row: Int) -> String { "Enter the position of section \(row) as a whole number from 1 to 99" }
    static let noSections = "Include at least one section"
    static let tooManyImplications = "List 30 implication headings or fewer"
    /// `index` is the line's index from 0; the message counts lines from 1.
    static func implicationTooLong(_ index: Int) -> String {
        "The heading on line \(index + 1) must be 100 characters or fewer"
    }
    static let implicationsIntro = "Enter the sentence printed before the implications"

    // MARK: Bank holidays

    static let holidayName = "Enter the bank holiday's name, such as Coronation bank holiday"
    static func holidayExists(_ date: CalendarDate) -> String { "\(date.ukLong) is already a bank holiday" }
    static func holidayWeekend(_ date: CalendarDate) -> String {
        "\(UKDateFormat.withWeekday(date)) is a weekend: deadlines already skip it"
    }
    static let holidayUnreadable = "The date could not be read. Go back, reload the page and try again."
    static func notAHoliday(_ date: CalendarDate) -> String { "\(date.ukLong) is not a bank holiday" }
    static let holidayChange = "Choose to add or remove a bank holiday"
}
