/// Every error message of the risk register's forms: a risk, its review, its scores, the scale,
/// its mitigating actions, and importing a register.
enum RiskMessages {
    // MARK: A risk

    static let title = "Enter the risk's title, for example \"Workforce stability\""
    static let cause = "Enter the cause: what could make it happen"
    static let event = "Enter the event: what could happen"
    static let consequence = "Enter the consequence: what it would lead to"
    static let category = "Select the category of the risk"
    static let owner = "Select who owns the risk: every risk needs an owner"
    static let proximity = "Select when the risk could happen"
    static let reviewFrequency = "Select how often the risk is reviewed"
    static let status = "Select the risk's status"

    // MARK: Scores

    /// `label` names the level, such as "Current likelihood".
    static func levelMissing(_ label: String) -> String { "Select the \(label.lowercased()), from 1 to 5" }
    /// `text` is what was typed.
    static func levelInvalid(_ label: String, _ text: String) -> String {
        "\(label) must be a whole number from 1 to 5, not \(text)"
    }

    // MARK: Review

    static let commentary = "Enter the commentary: what has changed and why"
    static let reviewStale = "Someone else changed or reviewed this risk while you were writing. Go back, reload the risk and review it again; copy your commentary first."

    // MARK: Mitigating actions

    /// `id` is the first chosen action the form did not offer.
    static func unknownAction(_ id: String) -> String { "Choose actions from the lists; \(id) is not one of them" }
    static let linksStale = "Someone else changed this risk while you were choosing. Go back and reload the page to choose again."

    // MARK: The scale

    static func likelihoodDescription(_ level: Int) -> String { "Describe likelihood \(level)" }
    static func impactDescription(_ level: Int) -> String { "Describe impact \(level)" }
    static func bandEnd(_ row: Int) -> String { "Band \(row) must end at a whole-number score from 1 to 25" }
    static func bandColour(_ row: Int) -> String { "Select the colour of band \(row)" }
    static let scaleStale = "Someone else changed the scale while you were editing it. Go back and reload the page to see it as it is now."

    // MARK: Importing a register

    static let importFile = "Choose a CSV file or Excel workbook of risks to import"
    static func importRefused(_ fileName: String, problems count: Int) -> String {
        "\(fileName) has \(counted(count, "problem")): nothing was imported. Put \(count == 1 ? "it" : "them") right and upload the file again"
    }
    static let importGone = "This import has finished or was never started. Upload the file again to start it."
    static func importChanged(_ fileName: String, problems count: Int) -> String {
        "The register changed since the preview: \(fileName) has \(counted(count, "problem")) now, and nothing was imported"
    }
}
