/// An appendix, lettered by its position: an uploaded document, or generated from Oversight's
/// data and frozen when the report is published.
public struct ReportAppendix: Hashable, Sendable, Codable {
    public typealias ID = Identifier<ReportAppendix>

    public var id: ID
    public var reportID: Report.ID
    public var position: Int
    public var title: String
    public var source: AppendixSource
    /// Set when the appendix is exempt (Part II) though its report is Part I: the public read the
    /// report and, in the appendix's place, that it is exempt and under which paragraph.
    public var exemption: Exemption?

    public init(id: ID, reportID: Report.ID, position: Int, title: String, source: AppendixSource,
                exemption: Exemption? = nil) {
        self.id = id
        self.reportID = reportID
        self.position = position
        self.title = title
        self.source = source
        self.exemption = exemption
    }

    /// "Appendix B is exempt from publication under paragraph 3 of Part 1 of Schedule 12A to the
    /// Local Government Act 1972 (...)": what everyone without Part II access reads in its place.
    public static func exemptNotice(letter: String, _ exemption: Exemption) -> String {
        "Appendix \(letter) is exempt from publication under paragraph \(exemption.paragraph.paragraph) of Part 1 of Schedule 12A "
            + "to the Local Government Act 1972: \(exemption.paragraph.description.lowercasedFirstLetter)."
    }
}

extension String {
    /// "Information relating to..." as it reads mid-sentence.
    public var lowercasedFirstLetter: String { prefix(1).lowercased() + dropFirst() }
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
