import OversightDomain

/// Every error message of the practice audit forms: a round of audits and its counts of cases.
enum PracticeAuditMessages {
    static let month = "Enter the month audited, like 2017-10"
    /// `text` is what was typed.
    static func monthFormat(_ text: String) -> String { "Month audited must be a year and month like 2017-10, not \(text)" }
    static let theme = "Enter the theme of the audit, for example \"Management oversight\""
    /// `label` names the count, such as "Cases audited".
    static func countMissing(_ label: String) -> String { "Enter \(label.lowercased()), 0 if none" }
    static func countInvalid(_ label: String, _ text: String) -> String {
        "\(label) must be a whole number, 0 or more, not \(text)"
    }
    static func roundExists(_ theme: String, _ month: CalendarDate) -> String {
        "A round on \(theme) for \(UKDateFormat.monthAndYear(month)) is recorded already: change that one instead"
    }
}
