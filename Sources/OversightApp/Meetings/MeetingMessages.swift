/// Every error message of the meetings forms: boards and committees and their members,
/// meetings, agenda items, attendance, minutes, decisions, declarations and board actions.
enum MeetingMessages {
    // MARK: Boards and committees

    static let bodyName = "Enter the body's name, for example \"Children's Services Improvement Board\""
    static let bodyKind = "Select what kind of body it is"
    static let quorum = "Quorum must be a whole number of members from 1 to 99, for example 3"
    static let reportTemplate = "Select one of the report templates, or the standard one"
    static func bodyNameTaken(_ name: String) -> String { "A board or committee called \(name) exists already" }
    static let memberPerson = "Select a person from the list; add them to People first if they are not there"
    static let memberRole = "Select the member's role"

    // MARK: Meetings

    static let meetingBody = "Select the board or committee that meets"
    static let startTime = "Start time must be a time of day like 10:00, 14:30 or 2:30pm"
    static let startTimeMissing = "Enter the start time, for example 10:00"
    static let place = "Enter where the meeting is held, or \"Online\""
    static let meetingEvent = "Choose what to do with the meeting"
    static let meetingStale = "Someone else changed this meeting while you were looking at it. Go back and reload the page to see it as it is now."
    /// `name` is the member's name, as the attendance form shows it.
    static func attendance(_ name: String) -> String {
        "Select whether \(name) was present, sent apologies or was absent"
    }

    // MARK: Agenda items

    static let itemTitle = "Enter the item's title, for example \"Improvement plan: progress and exceptions\""
    static let itemPart = "Select Part I (public) or Part II (exempt)"
    static let itemParagraph = "Select the paragraph of Schedule 12A that makes the item exempt"
    static let itemPublicInterest = "Enter why the public interest in withholding the item outweighs disclosing it"
    static let itemReport = "Select a report from the list, or none"
    static let paperTooLong = "Each paper's title must be 300 characters or fewer"

    // MARK: Decisions and declarations

    static let decisionText = "Enter what was decided"
    static let decisionReasons = "Enter the reasons for the decision: a decision is recorded with its reasons"
    /// `label` is the vote box's label, such as "Votes for".
    static func voteCount(_ label: String) -> String { "\(label) must be a whole number, 0 or more" }
    static let votesFor = "Enter the votes for, or leave all three vote boxes empty when no vote was taken"
    static let declarationPerson = "Select the member who declared the interest"
    static let declarationInterest = "Enter the interest declared"

    // MARK: Board actions

    static let boardActionWhat = "Enter what is to be done"
    static let boardActionOwner = "Select who owns the action: every action needs an owner"
    static let boardActionUpdate = "Enter the update: what has been done and what is next"
    static let closeNote = "Enter how the action was completed"
    static let closeMeeting = "Select a meeting from the list, or none"
    static let boardActionStale = "Someone else changed this action while you were looking at it. Go back and reload the page to see it as it is now."
}
