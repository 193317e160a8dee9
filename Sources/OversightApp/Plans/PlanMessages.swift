import OversightDomain

/// Every error message the plan's forms can show: the plan, its priorities, actions and
/// milestones, its consultation, approval and succession, and its import from a tracker.
enum PlanMessages {
    // MARK: The plan

    static let planTitle = "Enter the plan's title"
    static let planKind = "Select the kind of plan"
    static let inspection = "Select an inspection from the list"
    static let alsoAnswers = "Select further inspections from the list"
    static let owner = "Select the plan's owner from the list"
    static let endBeforeStart = "End date must be the same as or after the start date"

    // MARK: Moving the plan through its lifecycle

    static let event = "Select what has happened to the plan"
    /// An approval is recorded with its own form, not as a plain move.
    static let approveInForm = "Record an approval with the approving body, meeting date and decision, in the approval form"
    static let transitionReason = "Enter why, and any decision reference"
    static func transitionRefused(_ status: PlanStatus) -> String {
        "A plan that is \(status.label.lowercased()) cannot be moved that way"
    }
    static let transitionStale = "Someone else changed this plan while you were looking at it. Check its status, then try again."

    // MARK: Priorities

    static let priorityNumber = "Enter the priority's number, a whole number from 1 to 99"
    static let priorityTitle = "Enter the priority's title"
    static let priorityLead = "Select the priority's lead from the list"
    static func priorityTaken(_ number: Int) -> String { "Priority \(number) already exists: choose another number" }

    // MARK: Actions

    static let actionNumber = "Enter the action's number within its priority, a whole number from 1 to 99"
    static let actionWhat = "Enter what the action will do"
    static let actionLead = "Select a lead officer from the list"
    static let dueBeforeStart = "Due date must be the same as or after the start date"
    static let revisedBeforeStart = "Revised due date must be the same as or after the start date"
    static let revisionReason = "Enter the reason the due date was revised"
    static let actionStatus = "Select the action's status"
    static let withdrawalReason = "Enter why the action is withdrawn"
    static let recommendations = "Select recommendations from the list"
    static let actionPriority = "Select the priority the action belongs to"
    /// `reference` is the action's full reference, such as "2.3".
    static func actionTaken(_ reference: String) -> String { "Action \(reference) already exists: choose another number" }

    // MARK: Milestones

    static let milestoneTitle = "Enter the milestone"
    static func milestoneStale(_ title: String) -> String {
        "Someone else changed the milestone \"\(title)\" meanwhile. Check it below, then try again."
    }

    // MARK: Consultation and approval

    static let consulted = "Enter who was consulted"
    static let consultationFeedback = "Enter what they said"
    static func consultationClosed(_ status: PlanStatus) -> String {
        "Consultations are recorded while a plan is a draft or out for consultation; this plan is \(status.label.lowercased())"
    }
    static let approvingBody = "Enter the body that approved the plan, such as Cabinet"
    static let approvalDecision = "Enter the decision as minuted"
    static func approvalRefused(_ status: PlanStatus) -> String {
        "A plan that is \(status.label.lowercased()) cannot be approved; only a draft or a plan out for consultation can"
    }
    static let approvalStale = "Someone else changed this plan while you were looking at it. Check it, then record the approval again."

    // MARK: Succession

    static let carry = "Select actions from the list of unfinished actions"
    static let notRunning = "Only an approved or active plan can be succeeded"

    // MARK: Importing a tracker

    static let importFile = "Choose your plan's workbook (.xlsx) or CSV file"
    static func importTooLarge(_ fileName: String) -> String {
        "\(fileName) is too large: a plan tracker must be \(EvidenceRules.sizeLabel(OversightAdmin.maxPlanFileBytes)) or smaller"
    }
    static func importUnreadable(_ fileName: String, _ reason: String) -> String { "\(fileName) cannot be read: \(reason)" }
    static func importEmpty(_ fileName: String) -> String {
        "\(fileName) has nothing in it to import: every sheet is empty or hidden"
    }
    static let importGone = "This import has finished or was never started. Upload the file again to start it."
    static let importSheet = "Choose the sheet that holds the plan"
    /// `lastRow` is the number of the sheet's last row.
    static func importHeaderRow(lastRow: Int) -> String {
        "Header row must be the number of the row with the column headings, from 1 to \(max(lastRow, 1))"
    }
    static func importColumnOutOfRange(_ field: PlanImport.Field, columnCount: Int) -> String {
        "\(field.label) must be one of the sheet's columns, A to \(ColumnLetters.name(max(columnCount - 1, 0)))"
    }
    /// `index` is the column's index from 0, already chosen for `other`.
    static func importColumnTaken(_ index: Int, for other: PlanImport.Field, wanted field: PlanImport.Field) -> String {
        "Column \(ColumnLetters.name(index)) is already chosen for \(other.label): choose another column for \(field.label), or \"Not in this file\""
    }
    static let importActionColumn = "Choose the column that holds the actions"
    static let importTitleTooLong = "Title must be 200 characters or fewer"
    static let importRatingsMonth = "Choose the month the ratings were reported, or not to record them"
    static func importProblems(_ count: Int) -> String {
        "The file has \(counted(count, "problem")) to put right before the plan can be created"
    }
}
