/// An improvement plan: the council's answer to an inspection, in priorities and actions.
public struct Plan: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Plan>

    public var id: ID
    public var councilID: Council.ID
    public var title: String
    public var kind: PlanKind
    /// The inspection whose recommendations the plan answers.
    public var inspectionID: Inspection.ID?
    /// Later inspections, visits or reviews whose recommendations the plan also answers.
    public var alsoAnswers: [Inspection.ID]
    public var ownerID: Person.ID?
    public var startDate: CalendarDate
    public var endDate: CalendarDate?
    public var status: PlanStatus
    /// The plan this one succeeds, for a Continuous Improvement Plan.
    public var predecessorID: ID?
    public var version: Int

    public init(id: ID, councilID: Council.ID, title: String, kind: PlanKind, inspectionID: Inspection.ID?,
                ownerID: Person.ID?, startDate: CalendarDate, endDate: CalendarDate?, status: PlanStatus,
                predecessorID: ID?, alsoAnswers: [Inspection.ID] = [], version: Int) {
        self.id = id
        self.councilID = councilID
        self.title = title
        self.kind = kind
        self.inspectionID = inspectionID
        self.ownerID = ownerID
        self.startDate = startDate
        self.endDate = endDate
        self.status = status
        self.predecessorID = predecessorID
        self.alsoAnswers = alsoAnswers
        self.version = version
    }
}

public enum PlanKind: String, Labelled {
    case improvement = "improvement-plan"
    case continuousImprovement = "continuous-improvement-plan"
    case other

    public var label: String {
        switch self {
        case .improvement: "Improvement Plan"
        case .continuousImprovement: "Continuous Improvement Plan"
        case .other: "Other plan"
        }
    }
}

/// A plan's lifecycle. Transitions are named events with explicit from and to states; anything
/// else is refused, never silently applied.
public enum PlanStatus: String, Labelled {
    case draft, consultation, approved, active, closed

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .consultation: "Out for consultation"
        case .approved: "Approved"
        case .active: "Active"
        case .closed: "Closed"
        }
    }

    /// Consultations and the plan's own details belong to these states; once approved, the
    /// plan's content is frozen as a version and changes after that are new work.
    public var isEditable: Bool { self == .draft || self == .consultation }
}

public enum PlanEvent: String, Labelled {
    case startConsultation = "start-consultation"
    case returnToDraft = "return-to-draft"
    case approve
    case activate
    case close

    public var label: String {
        switch self {
        case .startConsultation: "Send out for consultation"
        case .returnToDraft: "Return to draft"
        case .approve: "Record approval"
        case .activate: "Make active"
        case .close: "Close the plan"
        }
    }

    /// The whole transition table: from which states each event may fire, and where it leads.
    public static let table: [PlanEvent: (from: Set<PlanStatus>, to: PlanStatus)] = [
        .startConsultation: ([.draft], .consultation),
        .returnToDraft: ([.consultation], .draft),
        .approve: ([.draft, .consultation], .approved),
        .activate: ([.approved], .active),
        .close: ([.active, .approved], .closed),
    ]

    /// The state after this event, or nil when the event is not allowed from `status`.
    public func apply(to status: PlanStatus) -> PlanStatus? {
        guard let rule = Self.table[self], rule.from.contains(status) else { return nil }
        return rule.to
    }

    /// The events a person may choose in this state, in a sensible order.
    public static func available(from status: PlanStatus) -> [PlanEvent] {
        allCases.filter { $0.apply(to: status) != nil }
    }
}
