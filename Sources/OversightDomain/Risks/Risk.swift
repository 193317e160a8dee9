/// A risk to the improvement programme: what could happen, why and with what result, who owns it,
/// and where it sits on the 5 x 5 grid before any control (inherent), now (current) and where the
/// mitigations should bring it (target).
public struct Risk: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Risk>

    public var id: ID
    public var councilID: Council.ID
    /// "R01": short, for minutes and board papers.
    public var reference: String
    public var title: String
    public var cause: String
    public var event: String
    public var consequence: String
    public var category: RiskCategory
    public var ownerID: Person.ID
    public var raisedOn: CalendarDate
    public var inherent: RiskScore
    public var current: RiskScore
    public var target: RiskScore
    /// Why the target is above the inherent score, where it is (a risk that will grow, such as a
    /// funding cliff); required then, and only then.
    public var targetReason: String?
    /// The controls in place (Markdown).
    public var controls: String
    public var proximity: RiskProximity
    public var reviewFrequency: ReviewFrequency
    public var status: RiskStatus
    public var lastReviewedOn: CalendarDate?
    public var version: Int

    public init(id: ID, councilID: Council.ID, reference: String, title: String, cause: String, event: String, consequence: String,
                category: RiskCategory, ownerID: Person.ID, raisedOn: CalendarDate, inherent: RiskScore, current: RiskScore,
                target: RiskScore, targetReason: String? = nil, controls: String = "", proximity: RiskProximity,
                reviewFrequency: ReviewFrequency = .monthly, status: RiskStatus = .open, lastReviewedOn: CalendarDate? = nil,
                version: Int = 1) {
        self.id = id
        self.councilID = councilID
        self.reference = reference
        self.title = title
        self.cause = cause
        self.event = event
        self.consequence = consequence
        self.category = category
        self.ownerID = ownerID
        self.raisedOn = raisedOn
        self.inherent = inherent
        self.current = current
        self.target = target
        self.targetReason = targetReason
        self.controls = controls
        self.proximity = proximity
        self.reviewFrequency = reviewFrequency
        self.status = status
        self.lastReviewedOn = lastReviewedOn
        self.version = version
    }

    /// The day the next review is due: one period after the last review, or after it was raised.
    public var reviewDue: CalendarDate { (lastReviewedOn ?? raisedOn).adding(months: reviewFrequency.months) }

    /// An open or escalated risk whose review is late. A closed risk is never overdue.
    public func isReviewOverdue(on today: CalendarDate) -> Bool { status != .closed && reviewDue < today }

    /// The scores must tell a coherent story: mitigation brings a risk down, so a current or
    /// target score above the inherent one needs saying why (only the target can carry a reason:
    /// a current score above inherent means the inherent score was wrong).
    public static func check(inherent: RiskScore, current: RiskScore, target: RiskScore, targetReason: String?) -> [RiskError] {
        var errors: [RiskError] = []
        if current.value > inherent.value { errors.append(.currentAboveInherent(current: current.value, inherent: inherent.value)) }
        if target.value > inherent.value && (targetReason?.trimmingWhitespace ?? "").isEmpty {
            errors.append(.targetAboveInherent(target: target.value, inherent: inherent.value))
        }
        return errors
    }

    /// "R07": the next number after the highest "R" reference in use; others (imported or
    /// generated ones such as "CORP-4") do not count.
    public static func nextReference(after references: [String]) -> String {
        Self.references(after: references, count: 1)[0]
    }

    /// The next `count` references, in order. Only "R" and up to six digits counts as one of
    /// Oversight's numbers, so an imported "R9223372036854775807" cannot push the count past
    /// what an integer holds.
    public static func references(after references: [String], count: Int) -> [String] {
        let highest = references.compactMap { reference -> Int? in
            let digits = reference.dropFirst()
            guard reference.hasPrefix("R"), (1...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            return Int(digits)
        }.max() ?? 0
        return (0..<count).map { offset in
            let next = highest + 1 + offset
            return "R" + (next < 10 ? "0\(next)" : String(next))
        }
    }
}

public enum RiskCategory: String, Labelled {
    case safeguarding, workforce, finance, reputation
    case regulatoryIntervention = "regulatory-intervention"
    case data, partnership

    public var label: String {
        switch self {
        case .safeguarding: "Safeguarding"
        case .workforce: "Workforce"
        case .finance: "Finance"
        case .reputation: "Reputation"
        case .regulatoryIntervention: "Regulatory intervention"
        case .data: "Data"
        case .partnership: "Partnership"
        }
    }
}

public enum RiskStatus: String, Labelled {
    case open, escalated, closed

    public var label: String {
        switch self {
        case .open: "Open"
        case .escalated: "Escalated to the corporate register"
        case .closed: "Closed"
        }
    }
}

/// When the risk could happen, so that the nearest ones are dealt with first.
public enum RiskProximity: String, Labelled {
    case imminent, nearTerm = "near-term", longTerm = "long-term"

    public var label: String {
        switch self {
        case .imminent: "Within 3 months"
        case .nearTerm: "In 3 to 12 months"
        case .longTerm: "More than 12 months away"
        }
    }
}

public enum ReviewFrequency: String, Labelled {
    case monthly, quarterly, sixMonthly = "six-monthly"

    public var label: String {
        switch self {
        case .monthly: "Every month"
        case .quarterly: "Every 3 months"
        case .sixMonthly: "Every 6 months"
        }
    }

    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .sixMonthly: 6
        }
    }
}

/// A review: the owner's or the board's look at the risk, with the scores it left and why.
public struct RiskReview: Hashable, Sendable, Codable {
    public typealias ID = Identifier<RiskReview>

    public var id: ID
    public var riskID: Risk.ID
    public var date: CalendarDate
    public var current: RiskScore
    public var target: RiskScore
    public var commentary: String
    public var reviewer: String

    public init(id: ID, riskID: Risk.ID, date: CalendarDate, current: RiskScore, target: RiskScore, commentary: String,
                reviewer: String) {
        self.id = id
        self.riskID = riskID
        self.date = date
        self.current = current
        self.target = target
        self.commentary = commentary
        self.reviewer = reviewer
    }
}

/// Which way the current score moved at the latest review.
public enum RiskMovement: String, Sendable {
    case up, down, same, new

    /// Reviews oldest first; compares the last two.
    /// How many of the latest reviews the movement compares.
    public static let reviewsCompared = 2

    public static func of(_ reviews: [RiskReview]) -> RiskMovement {
        guard reviews.count >= 2 else { return .new }
        let (before, after) = (reviews[reviews.count - 2].current.value, reviews[reviews.count - 1].current.value)
        return after > before ? .up : after < before ? .down : .same
    }

    public var label: String {
        switch self {
        case .up: "Increased"
        case .down: "Reduced"
        case .same: "No change"
        case .new: "First review"
        }
    }
}

public enum RiskError: Error, Equatable, Sendable {
    case currentAboveInherent(current: Int, inherent: Int)
    case targetAboveInherent(target: Int, inherent: Int)
    case reviewBeforeRaised(CalendarDate)
    case reviewInFuture(CalendarDate)

    public var message: String {
        switch self {
        case let .currentAboveInherent(current, inherent):
            "Current score (\(current)) cannot be higher than the inherent score (\(inherent)): the inherent score is the risk before any control, so raise it"
        case let .targetAboveInherent(target, inherent):
            "Target score (\(target)) is higher than the inherent score (\(inherent)): give the reason, or lower the target"
        case let .reviewBeforeRaised(raised): "Date of the review must be on or after \(UKDateFormat.long(raised)), when the risk was raised"
        case let .reviewInFuture(today): "Date of the review must be today (\(UKDateFormat.long(today))) or earlier"
        }
    }
}
