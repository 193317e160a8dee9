/// One month's audit of case files on a theme, in aggregate: how many cases were audited and how
/// many were graded outstanding, good, requires improvement or inadequate. No child-level data.
public struct AuditRound: Hashable, Sendable, Codable {
    public typealias ID = Identifier<AuditRound>

    public var id: ID
    public var councilID: Council.ID
    /// The first day of the month audited.
    public var month: CalendarDate
    public var theme: String
    public var casesAudited: Int
    public var outstanding: Int
    public var good: Int
    public var requiresImprovement: Int
    public var inadequate: Int
    public var version: Int

    public init(id: ID, councilID: Council.ID, month: CalendarDate, theme: String, casesAudited: Int, outstanding: Int, good: Int,
                requiresImprovement: Int, inadequate: Int, version: Int = 1) {
        self.id = id
        self.councilID = councilID
        self.month = month
        self.theme = theme
        self.casesAudited = casesAudited
        self.outstanding = outstanding
        self.good = good
        self.requiresImprovement = requiresImprovement
        self.inadequate = inadequate
        self.version = version
    }

    public var graded: Int { outstanding + good + requiresImprovement + inadequate }
    public var goodOrBetter: Int { outstanding + good }

    /// Good or better as a share of the cases graded, in per cent; nil when none was graded.
    public var goodOrBetterPercent: Double? {
        graded == 0 ? nil : Double(goodOrBetter) / Double(graded) * 100
    }

    /// "October 2017: management oversight".
    public var label: String { "\(UKDateFormat.monthAndYear(month)): \(theme)" }

    /// The counts as they may be published on a Part I output: the grades and their total with
    /// the small-number rules of the scorecard (1 to 5 hidden, and whatever would give one away),
    /// and the share good or better hidden whenever its counts would be.
    public var published: (grades: [PublishedCount], cases: PublishedCount, goodOrBetter: String) {
        let table = SmallNumbers.suppress(table: [[outstanding, good, requiresImprovement, inadequate, graded],
                                                  [outstanding, good, requiresImprovement, inadequate, graded]])
        let grades = Array(table[0].prefix(4))
        let share = SmallNumbers.share(numerator: goodOrBetter, denominator: graded, unit: .percentage)
        return (grades, table[0][4].isHidden ? .suppressed : SmallNumbers.primary(casesAudited), share)
    }

    /// Every problem with the counts, worded for the form; empty when they add up.
    public static func check(casesAudited: Int, outstanding: Int, good: Int, requiresImprovement: Int, inadequate: Int) -> [AuditRoundProblem] {
        var problems: [AuditRoundProblem] = []
        if casesAudited < 1 { problems.append(.noCases) }
        let graded = outstanding + good + requiresImprovement + inadequate
        if graded > casesAudited { problems.append(.moreGradesThanCases(graded: graded, cases: casesAudited)) }
        return problems
    }
}

public enum AuditRoundProblem: Error, Equatable, Sendable {
    case noCases
    case moreGradesThanCases(graded: Int, cases: Int)

    public var message: String {
        switch self {
        case .noCases: "Cases audited must be 1 or more"
        case let .moreGradesThanCases(graded, cases):
            "The grades add up to \(graded), more than the \(cases) cases audited: check the counts"
        }
    }
}
