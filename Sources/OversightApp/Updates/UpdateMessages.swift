import OversightDomain

/// Every error message of the monthly update cycle: opening a period, writing an update or its
/// correction, and reviewing one.
enum UpdateMessages {
    // MARK: Periods

    static let deadlineBeforeMonth = "Deadline must be in or after the month it is for"
    static let periodStillOpen = "Close the open period before opening another"
    static func periodExists(_ month: CalendarDate) -> String {
        "There is already a period for \(UKDateFormat.monthAndYear(month))"
    }

    // MARK: An update

    static let rating = "Select a rating: blue, green, amber or red"
    static let narrative = "Enter the progress this month"
    /// `bad` is the first line that is not a web address; only its first 60 characters are shown.
    static func evidenceNotWebAddress(_ bad: String) -> String {
        "Evidence must be web addresses starting https://, one on each line: \"\(bad.prefix(60))\" is not"
    }
    static let tooManyLinks = "Give 20 evidence links or fewer"
    static func periodClosed(_ period: UpdatePeriod) -> String {
        "\(period.label) has closed: no more updates can be made for it"
    }
    static let correctsAccepted = "Only an accepted update is corrected; one waiting for review can be returned instead"
    static let noOpenPeriod = "No update period is open: the programme manager opens one each month"

    // MARK: Review

    static let reviewDecision = "Choose Accept or Return"
    static let returnReason = "Say why the update is returned, so its author can put it right"
    static let alreadyReviewed = "Someone else has already reviewed this update"
}
