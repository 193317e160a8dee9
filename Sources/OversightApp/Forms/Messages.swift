import OversightDomain

/// Every error message the forms can show, in GOV.UK wording, in one place so that they stay
/// consistent and can be reviewed together.
enum Messages {
    static func enter(_ what: String) -> String { "Enter \(what)" }
    static func select(_ what: String) -> String { "Select \(what)" }
    static func tooLong(_ label: String, max: Int) -> String { "\(label) must be \(max) characters or fewer" }

    static let councilName = "Enter the council's name"
    static let councilKind = "Select the kind of council"
    static let areaLabel = "Select what the council calls its areas"
    static func areaTooLong(line: Int) -> String { "The area on line \(line) must be 100 characters or fewer" }
    static func areaRepeated(_ name: String, line: Int) -> String {
        "\"\(name)\" on line \(line) is listed twice: list each area once"
    }
    static let tooManyAreas = "List 500 areas or fewer"

    static let personName = "Enter the person's full name"
    static let email = "Enter an email address in the correct format, like name@example.gov.uk"
    static let telephone = "Enter a telephone number, like 01632 960 001 or (01632) 960001"

    static let inspectionKind = "Select the kind of inspection"
    static let inspectorate = "Enter the inspectorate, such as Ofsted"
    static let framework = "Select the inspection framework"
    static let reportURL = "Enter the report's web address in the correct format, like https://reports.ofsted.gov.uk/..."
    static let endBeforeStart = "End date must be the same as or after the start date"
    static let publishedBeforeStart = "Publication date must be the same as or after the start date"

    static let judgementBody = "Enter the inspected body, such as Children's services"
    static func judgementArea(_ framework: Framework) -> String {
        "Select a judgement area of the \(framework.shortLabel) framework"
    }
    static let grade = "Select the grade, or Not graded"
    static let judgementRepeated = "This body already has a judgement for this area: change that judgement instead"

    static let recommendationNumber = "Enter the recommendation's number, a whole number such as 3"
    static let recommendationNumberRange = "Recommendation number must be between 1 and 999"
    static func recommendationNumberTaken(_ number: Int) -> String {
        "Recommendation \(number) already exists in this inspection: choose another number"
    }
    static let recommendationText = "Enter the recommendation's text"

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
