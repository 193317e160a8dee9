import OversightDomain

/// The error messages every form shares, in GOV.UK wording: a missing answer, a missing choice,
/// text that is too long, an edit someone else saved first, and a date's problem. Each feature's
/// own messages live in its catalogue beside its forms (`PlanMessages` in Plans, `ReportMessages`
/// in Reports, `CouncilMessages` in Councils and so on), so that a feature's wording can be
/// reviewed together.
enum Messages {
    static func enter(_ what: String) -> String { "Enter \(what)" }
    static func select(_ what: String) -> String { "Select \(what)" }
    static func tooLong(_ label: String, max: Int) -> String { "\(label) must be \(max) characters or fewer" }

    static let staleEdit = "Someone else saved a change while you were editing. Your changes have not been saved yet."

    /// GOV.UK wording for a date's problem, such as "Start date must include a month".
    static func date(_ label: String, _ problem: DateParts.Problem) -> String {
        switch problem {
        case .missing: "Enter the \(label.lowercased())"
        case let .incomplete(parts):
            "\(label) must include a " + parts.map(\.rawValue).joined(separator: " and ")
        case .notNumbers, .notReal: "\(label) must be a real date"
        case .yearNotFourDigits: "Year must include 4 numbers"
        case .yearOutOfRange:
            "\(label) must be in a year from \(CalendarDate.acceptedYears.lowerBound) to \(CalendarDate.acceptedYears.upperBound)"
        }
    }
}
