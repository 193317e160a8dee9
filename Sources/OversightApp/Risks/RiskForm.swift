import OversightDomain
import Vapor

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
        let title = check.required("title", title, RiskMessages.title, max: 200, label: "Title")
        let cause = check.required("cause", cause, RiskMessages.cause, max: 2000, label: "Cause")
        let event = check.required("event", event, RiskMessages.event, max: 2000, label: "Event")
        let consequence = check.required("consequence", consequence, RiskMessages.consequence, max: 2000,
                                         label: "Consequence")
        let category: RiskCategory? = check.choice("category", category, RiskMessages.category)
        let ownerID = owner.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if ownerID == nil { check.fail("owner", RiskMessages.owner) }
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
        let proximity: RiskProximity? = check.choice("proximity", proximity, RiskMessages.proximity)
        let frequency: ReviewFrequency? = check.choice("reviewFrequency", reviewFrequency, RiskMessages.reviewFrequency)
        let status: RiskStatus? = check.choice("status", status, RiskMessages.status)
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
