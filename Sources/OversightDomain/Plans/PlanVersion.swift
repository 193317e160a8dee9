import Foundation

/// Who approved a plan, when and what they decided: the record a committee clerk would look for.
public struct PlanApproval: Hashable, Sendable, Codable {
    /// The approving body, such as "Cabinet".
    public var body: String
    public var meetingDate: CalendarDate
    /// The decision as minuted, with any minute reference.
    public var decision: String

    public init(body: String, meetingDate: CalendarDate, decision: String) {
        self.body = body
        self.meetingDate = meetingDate
        self.decision = decision
    }
}

/// A plan's content exactly as it was approved, with names written out rather than referenced, so
/// that later renames, edits or deletions cannot change what the approving body saw.
public struct PlanSnapshot: Hashable, Sendable, Codable {
    public struct Action: Hashable, Sendable, Codable {
        public var reference: String
        public var what: String
        public var how: String?
        public var lead: String?
        public var startDate: CalendarDate?
        public var dueDate: CalendarDate
        public var revisedDueDate: CalendarDate?
        public var revisionReason: String?
        public var successMeasures: String?
        public var status: ActionStatus
        /// The recommendations it answers: "3" for the plan's inspection, or the other
        /// inspection's title and the number ("DfE review, December 2016: 2").
        public var recommendations: [String]

        public init(reference: String, what: String, how: String?, lead: String?, startDate: CalendarDate?,
                    dueDate: CalendarDate, revisedDueDate: CalendarDate?, revisionReason: String?,
                    successMeasures: String?, status: ActionStatus, recommendations: [String]) {
            self.reference = reference
            self.what = what
            self.how = how
            self.lead = lead
            self.startDate = startDate
            self.dueDate = dueDate
            self.revisedDueDate = revisedDueDate
            self.revisionReason = revisionReason
            self.successMeasures = successMeasures
            self.status = status
            self.recommendations = recommendations
        }
    }

    public struct Priority: Hashable, Sendable, Codable {
        public var number: Int
        public var title: String
        public var outcome: String?
        public var lead: String?
        public var actions: [Action]

        public init(number: Int, title: String, outcome: String?, lead: String?, actions: [Action]) {
            self.number = number
            self.title = title
            self.outcome = outcome
            self.lead = lead
            self.actions = actions
        }
    }

    public var title: String
    public var kind: PlanKind
    /// The inspection the plan answers, by title.
    public var inspection: String?
    /// Other inspections it also answers, by title.
    public var alsoAnswers: [String]
    public var owner: String?
    public var startDate: CalendarDate
    public var endDate: CalendarDate?
    public var priorities: [Priority]

    public init(title: String, kind: PlanKind, inspection: String?, alsoAnswers: [String] = [], owner: String?,
                startDate: CalendarDate, endDate: CalendarDate?, priorities: [Priority]) {
        self.title = title
        self.kind = kind
        self.inspection = inspection
        self.alsoAnswers = alsoAnswers
        self.owner = owner
        self.startDate = startDate
        self.endDate = endDate
        self.priorities = priorities
    }

    public var actionCount: Int { priorities.reduce(0) { $0 + $1.actions.count } }
}

/// The frozen version of a plan made at an approval. It is written once and never changed; its
/// checksum lets anyone confirm that what they read is what was approved.
public struct PlanVersion: Hashable, Sendable {
    public typealias ID = Identifier<PlanVersion>

    public var id: ID
    public var planID: Plan.ID
    /// 1 for the first approval, 2 if the plan is approved again after changes, and so on.
    public var number: Int
    public var approval: PlanApproval
    public var snapshot: PlanSnapshot
    /// SHA-256 of the stored snapshot text, in hex.
    public var checksum: String
    /// False when the stored text no longer matches its checksum.
    public var isIntact: Bool
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: ID, planID: Plan.ID, number: Int, approval: PlanApproval, snapshot: PlanSnapshot,
                checksum: String, isIntact: Bool, recordedBy: String, recordedAt: Date) {
        self.id = id
        self.planID = planID
        self.number = number
        self.approval = approval
        self.snapshot = snapshot
        self.checksum = checksum
        self.isIntact = isIntact
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
