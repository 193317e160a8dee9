/// An appendix, lettered by its position: an uploaded document, or generated from Oversight's
/// data and frozen when the report is published.
public struct ReportAppendix: Hashable, Sendable, Codable {
    public typealias ID = Identifier<ReportAppendix>

    public var id: ID
    public var reportID: Report.ID
    public var position: Int
    public var title: String
    public var source: AppendixSource

    public init(id: ID, reportID: Report.ID, position: Int, title: String, source: AppendixSource) {
        self.id = id
        self.reportID = reportID
        self.position = position
        self.title = title
        self.source = source
    }
}

public enum AppendixSource: Hashable, Sendable, Codable {
    case generated(GeneratedAppendix)
    /// A file's name, kind and size; its bytes are stored apart and read on download.
    case uploaded(fileName: String, kind: EvidenceKind, size: Int)
}

/// What an appendix can be made from. The scorecard, risk register and self-assessment join
/// this list with their features.
public enum GeneratedAppendix: Hashable, Sendable, Codable {
    /// The plan itself: priorities and actions.
    case plan(Plan.ID)
    /// Each action's rating and narrative for one monthly period, by priority.
    case progress(Plan.ID, period: UpdatePeriod.ID)
    /// The actions that need attention, as they stand.
    case exceptions(Plan.ID)
    /// The inspection's recommendations and the actions that answer them.
    case coverage(Plan.ID)
    /// Every indicator's figure for the month given (or its latest before), against target and
    /// benchmarks; counts of children follow the small-number rules on a Part I report.
    case scorecard(through: ReportingPeriod)
    /// The risk register: the heat map and every open or escalated risk with its scores.
    case risks
    /// A self-assessment, as submitted (or as it reads now, while a draft).
    case selfAssessment(SelfAssessment.ID)

    /// The plan it is made from; nil for the scorecard and the risk register, which are the council's.
    public var planID: Plan.ID? {
        switch self {
        case let .plan(id), let .progress(id, _), let .exceptions(id), let .coverage(id): id
        case .scorecard, .risks, .selfAssessment: nil
        }
    }

    public var kind: Kind {
        switch self {
        case .plan: .plan
        case .progress: .progress
        case .exceptions: .exceptions
        case .coverage: .coverage
        case .scorecard: .scorecard
        case .risks: .risks
        case .selfAssessment: .selfAssessment
        }
    }

    public enum Kind: String, Labelled {
        case plan, progress, exceptions, coverage, scorecard, risks, selfAssessment = "self-assessment"

        public var label: String {
            switch self {
            case .plan: "The improvement plan"
            case .progress: "Progress summary for a month"
            case .exceptions: "Exceptions: actions that need attention"
            case .coverage: "Coverage of the inspection's recommendations"
            case .scorecard: "The performance scorecard"
            case .risks: "The risk register"
            case .selfAssessment: "A self-assessment"
            }
        }
    }
}
