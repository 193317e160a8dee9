import OversightDomain
import Vapor

/// What a valid risk form gives: every field of a risk but its identity, reference and reviews.
struct RiskDraft: Equatable, Sendable {
    var title: String
    var cause: String
    var event: String
    var consequence: String
    var category: RiskCategory
    var ownerID: Person.ID
    var raisedOn: CalendarDate
    var inherent: RiskScore
    var current: RiskScore
    var target: RiskScore
    var targetReason: String?
    var controls: String
    var proximity: RiskProximity
    var reviewFrequency: ReviewFrequency
    var status: RiskStatus
}

extension Validator {
    /// A level of likelihood or impact: a whole number from 1 to 5, named in the message.
    mutating func level(_ field: String, _ value: String?, label: String) -> Int? {
        guard let text = value.trimmedOrNil else { fail(field, "Select the \(label.lowercased()), from 1 to 5"); return nil }
        guard let level = Int(text), RiskScore.levels.contains(level) else {
            fail(field, "\(label) must be a whole number from 1 to 5, not \(text)")
            return nil
        }
        return level
    }

    /// Likelihood and impact together, from the fields `<name>Likelihood` and `<name>Impact`.
    mutating func score(_ name: String, likelihood: String?, impact: String?, label: String) -> RiskScore? {
        let l = level("\(name)Likelihood", likelihood, label: "\(label) likelihood")
        let i = level("\(name)Impact", impact, label: "\(label) impact")
        guard let l, let i else { return nil }
        return RiskScore(likelihood: l, impact: i)
    }
}

struct RiskForm: FormInput {
    var title: String?
    var cause: String?
    var event: String?
    var consequence: String?
    var category: String?
    var owner: String?
    var raisedDay: String?, raisedMonth: String?, raisedYear: String?
    var inherentLikelihood: String?, inherentImpact: String?
    var currentLikelihood: String?, currentImpact: String?
    var targetLikelihood: String?, targetImpact: String?
    var targetReason: String?
    var controls: String?
    var proximity: String?
    var reviewFrequency: String?
    var status: String?
    var version: String?
    /// Not submitted: the people the form may accept as owner.
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case title, cause, event, consequence, category, owner, inherentLikelihood, inherentImpact, currentLikelihood, currentImpact
        case targetLikelihood, targetImpact, targetReason, controls, proximity, reviewFrequency, status, version
        case raisedDay = "raised-day", raisedMonth = "raised-month", raisedYear = "raised-year"
    }

    init(raisedOn: CalendarDate? = nil) {
        (raisedDay, raisedMonth, raisedYear) = DateParts(raisedOn).boxes
        reviewFrequency = ReviewFrequency.monthly.rawValue
        status = RiskStatus.open.rawValue
    }

    init(_ risk: Risk) {
        title = risk.title
        cause = risk.cause
        event = risk.event
        consequence = risk.consequence
        category = risk.category.rawValue
        owner = risk.ownerID.description
        (raisedDay, raisedMonth, raisedYear) = DateParts(risk.raisedOn).boxes
        (inherentLikelihood, inherentImpact) = (String(risk.inherent.likelihood), String(risk.inherent.impact))
        (currentLikelihood, currentImpact) = (String(risk.current.likelihood), String(risk.current.impact))
        (targetLikelihood, targetImpact) = (String(risk.target.likelihood), String(risk.target.impact))
        targetReason = risk.targetReason
        controls = risk.controls
        proximity = risk.proximity.rawValue
        reviewFrequency = risk.reviewFrequency.rawValue
        status = risk.status.rawValue
        version = String(risk.version)
    }

    func validate() -> Validated<RiskDraft> {
        var check = Validator()
        let title = check.required("title", title, "Enter the risk's title, for example \"Workforce stability\"", max: 200, label: "Title")
        let cause = check.required("cause", cause, "Enter the cause: what could make it happen", max: 2000, label: "Cause")
        let event = check.required("event", event, "Enter the event: what could happen", max: 2000, label: "Event")
        let consequence = check.required("consequence", consequence, "Enter the consequence: what it would lead to", max: 2000,
                                         label: "Consequence")
        let category: RiskCategory? = check.choice("category", category, "Select the category of the risk")
        let ownerID = owner.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if ownerID == nil { check.fail("owner", "Select who owns the risk: every risk needs an owner") }
        let raised = check.date("raised", DateParts(day: raisedDay, month: raisedMonth, year: raisedYear), label: "Date raised",
                                required: true)
        let inherent = check.score("inherent", likelihood: inherentLikelihood, impact: inherentImpact, label: "Inherent")
        let current = check.score("current", likelihood: currentLikelihood, impact: currentImpact, label: "Current")
        let target = check.score("target", likelihood: targetLikelihood, impact: targetImpact, label: "Target")
        let reason = check.optional("targetReason", targetReason, max: 1000, label: "Reason for the target")
        if let inherent, let current, let target {
            for error in Risk.check(inherent: inherent, current: current, target: target, targetReason: reason) {
                switch error {
                case .currentAboveInherent: check.fail("currentLikelihood", error.message)
                default: check.fail("targetReason", error.message)
                }
            }
        }
        let controls = check.optional("controls", controls, max: 20_000, label: "Controls in place") ?? ""
        let proximity: RiskProximity? = check.choice("proximity", proximity, "Select when the risk could happen")
        let frequency: ReviewFrequency? = check.choice("reviewFrequency", reviewFrequency, "Select how often the risk is reviewed")
        let status: RiskStatus? = check.choice("status", status, "Select the risk's status")
        return check.result {
            guard let title, let cause, let event, let consequence, let category, let ownerID, let raised, let inherent, let current,
                  let target, let proximity, let frequency, let status else { return nil }
            return RiskDraft(title: title, cause: cause, event: event, consequence: consequence, category: category, ownerID: ownerID,
                             raisedOn: raised, inherent: inherent, current: current, target: target,
                             targetReason: target.value > inherent.value ? reason : nil, controls: controls, proximity: proximity,
                             reviewFrequency: frequency, status: status)
        }
    }
}

struct RiskReviewDraft: Equatable, Sendable {
    var date: CalendarDate
    var current: RiskScore
    var target: RiskScore
    var commentary: String
}

struct RiskReviewForm: FormInput {
    var dateDay: String?, dateMonth: String?, dateYear: String?
    var currentLikelihood: String?, currentImpact: String?
    var targetLikelihood: String?, targetImpact: String?
    var commentary: String?
    var version: String?

    enum CodingKeys: String, CodingKey {
        case currentLikelihood, currentImpact, targetLikelihood, targetImpact, commentary, version
        case dateDay = "date-day", dateMonth = "date-month", dateYear = "date-year"
    }

    /// Starts from the risk's scores and today.
    init(_ risk: Risk? = nil, today: CalendarDate? = nil) {
        (dateDay, dateMonth, dateYear) = DateParts(today).boxes
        if let risk {
            (currentLikelihood, currentImpact) = (String(risk.current.likelihood), String(risk.current.impact))
            (targetLikelihood, targetImpact) = (String(risk.target.likelihood), String(risk.target.impact))
            version = String(risk.version)
        }
    }

    func validate() -> Validated<RiskReviewDraft> {
        var check = Validator()
        let date = check.date("date", DateParts(day: dateDay, month: dateMonth, year: dateYear), label: "Date of the review", required: true)
        let current = check.score("current", likelihood: currentLikelihood, impact: currentImpact, label: "Current")
        let target = check.score("target", likelihood: targetLikelihood, impact: targetImpact, label: "Target")
        let commentary = check.required("commentary", commentary, "Enter the commentary: what has changed and why", max: 5000,
                                        label: "Commentary")
        return check.result {
            guard let date, let current, let target, let commentary else { return nil }
            return RiskReviewDraft(date: date, current: current, target: target, commentary: commentary)
        }
    }
}

/// The actions that mitigate a risk: plan actions and board actions, chosen by checkbox.
struct RiskLinksForm: Content {
    var planActions: [String]?
    var boardActions: [String]?
    var version: String?
}

/// The council's scale: five definitions each of likelihood and impact, and up to five bands.
struct RiskScaleForm: FormInput {
    static let bandRows = 5

    var likelihood: [String?] = Array(repeating: nil, count: 5)
    var impact: [String?] = Array(repeating: nil, count: 5)
    var bandNames: [String?] = Array(repeating: nil, count: RiskScaleForm.bandRows)
    var bandEnds: [String?] = Array(repeating: nil, count: RiskScaleForm.bandRows)
    var bandColours: [String?] = Array(repeating: nil, count: RiskScaleForm.bandRows)
    var version: String?

    /// The saved scale, for showing when the form is not for editing.
    var scale: RiskScale = .standard

    init(_ scale: RiskScale, version: Int) {
        self.scale = scale
        likelihood = scale.likelihood.map { $0 }
        impact = scale.impact.map { $0 }
        for (index, band) in scale.bands.prefix(Self.bandRows).enumerated() {
            bandNames[index] = band.name
            bandEnds[index] = String(band.upTo)
            bandColours[index] = band.colour.rawValue
        }
        self.version = String(version)
    }

    struct Keys: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        func text(_ key: String) throws -> String? { try container.decodeIfPresent(String.self, forKey: Keys(stringValue: key)) }
        for level in 1...5 {
            likelihood[level - 1] = try text("likelihood\(level)")
            impact[level - 1] = try text("impact\(level)")
        }
        for row in 1...Self.bandRows {
            bandNames[row - 1] = try text("band\(row)Name")
            bandEnds[row - 1] = try text("band\(row)UpTo")
            bandColours[row - 1] = try text("band\(row)Colour")
        }
        version = try text("version")
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        for level in 1...5 {
            try container.encodeIfPresent(likelihood[level - 1], forKey: Keys(stringValue: "likelihood\(level)"))
            try container.encodeIfPresent(impact[level - 1], forKey: Keys(stringValue: "impact\(level)"))
        }
        try container.encodeIfPresent(version, forKey: Keys(stringValue: "version"))
    }

    func validate() -> Validated<RiskScale> {
        var check = Validator()
        var likelihoods: [String] = [], impacts: [String] = []
        for level in 1...5 {
            if let text = check.required("likelihood\(level)", likelihood[level - 1], "Describe likelihood \(level)", max: 300,
                                         label: "Likelihood \(level)") { likelihoods.append(text) }
        }
        for level in 1...5 {
            if let text = check.required("impact\(level)", impact[level - 1], "Describe impact \(level)", max: 300,
                                         label: "Impact \(level)") { impacts.append(text) }
        }
        var bands: [RiskBand] = []
        for row in 1...Self.bandRows {
            guard let name = bandNames[row - 1].trimmedOrNil else { continue }
            guard let end = Int(bandEnds[row - 1].trimmedOrNil ?? ""), (1...25).contains(end) else {
                check.fail("band\(row)UpTo", "Band \(row) must end at a whole-number score from 1 to 25")
                continue
            }
            guard let colour = RiskColour.from(code: bandColours[row - 1].trimmedOrNil) else {
                check.fail("band\(row)Colour", "Select the colour of band \(row)")
                continue
            }
            bands.append(RiskBand(name: String(name.prefix(40)), upTo: end, colour: colour))
        }
        let scale = RiskScale(likelihood: likelihoods, impact: impacts, bands: bands)
        if check.errors.isEmpty {
            for problem in scale.problems {
                switch problem {
                case .levels: break
                case .bandNames: check.fail("band1Name", problem.message)
                case .bandsNotRising, .lastBandEnd: check.fail("band1UpTo", problem.message)
                }
            }
        }
        return check.result { scale }
    }
}
