/// Every error message of a council's forms and of its people directory (the person form in
/// People uses these too).
enum CouncilMessages {
    // MARK: The council

    static let councilName = "Enter the council's name"
    static let councilKind = "Select the kind of council"
    static let areaLabel = "Select what the council calls its areas"
    static func areaTooLong(line: Int) -> String { "The area on line \(line) must be 100 characters or fewer" }
    static func areaRepeated(_ name: String, line: Int) -> String {
        "\"\(name)\" on line \(line) is listed twice: list each area once"
    }
    static let tooManyAreas = "List 500 areas or fewer"
    static let financialYearStart = "Financial year start must be a real day and month, like 1 4 for 1 April"

    // MARK: People

    static let personName = "Enter the person's full name"
    /// Also the wording for a report's contact (`ReportMessages.contactEmail`).
    static let email = "Enter an email address in the correct format, like name@example.gov.uk"
    /// Also the wording for a report's contact (`ReportMessages.contactTelephone`).
    static let telephone = "Enter a telephone number, like 01632 960 001 or (01632) 960001"
}
