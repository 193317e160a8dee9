/// One thing the plan commits to doing, by whom and by when.
public struct PlanAction: Hashable, Sendable, Codable {
    public typealias ID = Identifier<PlanAction>

    public var id: ID
    public var priorityID: Priority.ID
    /// "2.3": the priority's number, then the action's.
    public var reference: String
    public var what: String
    public var how: String?
    public var leadID: Person.ID?
    public var startDate: CalendarDate?
    public var dueDate: CalendarDate
    public var revisedDueDate: CalendarDate?
    public var revisionReason: String?
    /// How many times the due date has been revised: boards distrust a date that keeps moving.
    public var revisionCount: Int
    public var successMeasures: String?
    public var status: ActionStatus
    public var recommendationIDs: [Recommendation.ID]
    /// Why the action was withdrawn; required when the status is withdrawn.
    public var withdrawalReason: String?
    /// The action of an earlier plan this one carries forward, whose history is its history.
    public var carriedFromID: ID?
    public var version: Int

    public init(id: ID, priorityID: Priority.ID, reference: String, what: String, how: String?, leadID: Person.ID?,
                startDate: CalendarDate?, dueDate: CalendarDate, revisedDueDate: CalendarDate?, revisionReason: String?,
                revisionCount: Int, successMeasures: String?, status: ActionStatus,
                recommendationIDs: [Recommendation.ID], withdrawalReason: String? = nil, carriedFromID: ID? = nil,
                version: Int) {
        self.id = id
        self.priorityID = priorityID
        self.reference = reference
        self.what = what
        self.how = how
        self.leadID = leadID
        self.startDate = startDate
        self.dueDate = dueDate
        self.revisedDueDate = revisedDueDate
        self.revisionReason = revisionReason
        self.revisionCount = revisionCount
        self.successMeasures = successMeasures
        self.status = status
        self.recommendationIDs = recommendationIDs
        self.withdrawalReason = withdrawalReason
        self.carriedFromID = carriedFromID
        self.version = version
    }

    /// The date that counts now: the revised one where there is one.
    public var currentDueDate: CalendarDate { revisedDueDate ?? dueDate }

    /// Finished work needs no more updates: done, evidenced, or ended by the plan's close.
    public var isFinished: Bool { status.isFinal }

    public func isOverdue(on today: CalendarDate) -> Bool { !isFinished && currentDueDate < today }
}

public enum ActionStatus: String, Labelled {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case completed
    case impactEvidenced = "impact-evidenced"
    /// Final statuses when a plan closes.
    case carriedForward = "carried-forward"
    case withdrawn

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .completed: "Completed"
        case .impactEvidenced: "Impact evidenced"
        case .carriedForward: "Carried forward"
        case .withdrawn: "Withdrawn"
        }
    }

    /// The statuses a lead or programme manager sets while a plan runs. Withdrawing needs a reason;
    /// "carried forward" is set only by succession.
    public static let working: [ActionStatus] = [.notStarted, .inProgress, .completed, .impactEvidenced, .withdrawn]

    /// No more work is expected under this plan.
    public var isFinal: Bool { self != .notStarted && self != .inProgress }

    /// Work the plan achieved, as opposed to work it stopped or handed on.
    public var isDone: Bool { self == .completed || self == .impactEvidenced }
}

/// Why an action needs the board's attention. Boards distrust a bare colour, so each reason says
/// what is wrong in words.
public enum ActionException: String, CaseIterable, Sendable, Hashable {
    case red
    case amber
    case overdue
    case greenWhileOverdue = "green-while-overdue"
    case revisedMoreThanOnce = "revised-more-than-once"
    case noUpdate = "no-update"

    public var label: String {
        switch self {
        case .red: "Rated red: off track"
        case .amber: "Rated amber: at risk"
        case .overdue: "Past its due date"
        case .greenWhileOverdue: "Rated green while past its due date"
        case .revisedMoreThanOnce: "Due date revised more than once"
        case .noUpdate: "No update this period"
        }
    }

    /// `latest` is the action's newest accepted or submitted rating; `updatedThisPeriod` is nil
    /// when no period is open.
    public static func reasons(for action: PlanAction, on today: CalendarDate, latest: Rating? = nil,
                               updatedThisPeriod: Bool? = nil) -> [ActionException] {
        var reasons: [ActionException] = []
        let finished = action.isFinished
        if !finished, latest == .red { reasons.append(.red) }
        if !finished, latest == .amber { reasons.append(.amber) }
        if action.isOverdue(on: today) {
            reasons.append(latest == .green ? .greenWhileOverdue : .overdue)
        }
        if action.revisionCount > 1 { reasons.append(.revisedMoreThanOnce) }
        if !finished, updatedThisPeriod == false { reasons.append(.noUpdate) }
        return reasons
    }
}

/// The name the store and the app have always used.
public typealias ActionDraft = PlanAction.Draft

extension PlanAction {
    /// An action without its identity: what a form, an import or a successor plan writes.
    public struct Draft: Equatable, Sendable, Codable {
        public var number: Int
        public var what: String
        public var how: String?
        public var leadID: Person.ID?
        public var startDate: CalendarDate?
        public var dueDate: CalendarDate
        public var revisedDueDate: CalendarDate?
        public var revisionReason: String?
        public var successMeasures: String?
        public var status: ActionStatus
        public var recommendationIDs: [Recommendation.ID]
        public var withdrawalReason: String?

        public init(number: Int, what: String, how: String?, leadID: Person.ID?, startDate: CalendarDate?,
                    dueDate: CalendarDate, revisedDueDate: CalendarDate?, revisionReason: String?,
                    successMeasures: String?, status: ActionStatus, recommendationIDs: [Recommendation.ID],
                    withdrawalReason: String? = nil) {
            self.number = number
            self.what = what
            self.how = how
            self.leadID = leadID
            self.startDate = startDate
            self.dueDate = dueDate
            self.revisedDueDate = revisedDueDate
            self.revisionReason = revisionReason
            self.successMeasures = successMeasures
            self.status = status
            self.recommendationIDs = recommendationIDs
            self.withdrawalReason = withdrawalReason
        }
    }

    /// This action as a draft: what a successor plan copies, and what an edit starts from.
    public var draft: Draft {
        Draft(number: Int(reference.split(separator: ".").last ?? "") ?? 1, what: what, how: how, leadID: leadID,
              startDate: startDate, dueDate: dueDate, revisedDueDate: revisedDueDate, revisionReason: revisionReason,
              successMeasures: successMeasures, status: status, recommendationIDs: recommendationIDs,
              withdrawalReason: withdrawalReason)
    }
}
