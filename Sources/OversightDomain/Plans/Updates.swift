/// The reported rating of an action in a period. Councils word the definitions differently, so
/// each update keeps the definitions that were in force when it was made.
public enum Rating: String, Labelled {
    case blue, green, amber, red

    public var label: String {
        switch self {
        case .blue: "Blue: complete"
        case .green: "Green: on track"
        case .amber: "Amber: at risk"
        case .red: "Red: off track"
        }
    }

    public var word: String {
        switch self {
        case .blue: "Blue"
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        }
    }
}

/// What each colour means at this council: a setting, kept with every update made under it.
public struct RatingDefinitions: Hashable, Sendable, Codable {
    public var blue: String
    public var green: String
    public var amber: String
    public var red: String

    public init(blue: String, green: String, amber: String, red: String) {
        self.blue = blue
        self.green = green
        self.amber = amber
        self.red = red
    }

    public static let standard = RatingDefinitions(
        blue: "Complete, with evidence that it is embedded",
        green: "On track to be delivered by the due date",
        amber: "At risk: may miss the due date without action",
        red: "Off track: will miss the due date, or has")

    public func meaning(of rating: Rating) -> String {
        switch rating {
        case .blue: blue
        case .green: green
        case .amber: amber
        case .red: red
        }
    }
}

/// A month of the update cycle, such as "October 2017", with the deadline for updates.
public struct UpdatePeriod: Hashable, Sendable, Codable {
    public typealias ID = Identifier<UpdatePeriod>

    public var id: ID
    public var planID: Plan.ID
    /// The first day of the month the period covers.
    public var month: CalendarDate
    public var deadline: CalendarDate
    public var isOpen: Bool

    public init(id: ID, planID: Plan.ID, month: CalendarDate, deadline: CalendarDate, isOpen: Bool) {
        self.id = id
        self.planID = planID
        self.month = month
        self.deadline = deadline
        self.isOpen = isOpen
    }

    public var label: String { UKDateFormat.monthAndYear(month) }
}

public enum UpdateState: String, Labelled {
    case submitted, accepted, returned

    public var label: String {
        switch self {
        case .submitted: "Waiting for review"
        case .accepted: "Accepted"
        case .returned: "Returned for changes"
        }
    }
}

/// A lead officer's monthly report on an action. Once accepted it never changes; a correction
/// is a new update that says which one it corrects.
public struct ActionUpdate: Hashable, Sendable, Codable {
    public typealias ID = Identifier<ActionUpdate>

    public var id: ID
    public var actionID: PlanAction.ID
    public var periodID: UpdatePeriod.ID
    public var rating: Rating
    public var narrative: String
    /// Web addresses of the evidence, one per line.
    public var evidenceLinks: [String]
    public var definitions: RatingDefinitions
    public var submittedBy: String
    public var state: UpdateState
    public var reviewComment: String?
    public var correctsID: ID?

    public init(id: ID, actionID: PlanAction.ID, periodID: UpdatePeriod.ID, rating: Rating, narrative: String,
                evidenceLinks: [String], definitions: RatingDefinitions, submittedBy: String, state: UpdateState,
                reviewComment: String?, correctsID: ID?) {
        self.id = id
        self.actionID = actionID
        self.periodID = periodID
        self.rating = rating
        self.narrative = narrative
        self.evidenceLinks = evidenceLinks
        self.definitions = definitions
        self.submittedBy = submittedBy
        self.state = state
        self.reviewComment = reviewComment
        self.correctsID = correctsID
    }
}
