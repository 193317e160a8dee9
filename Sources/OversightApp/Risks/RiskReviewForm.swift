import OversightDomain
import Vapor

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
        let commentary = check.required("commentary", commentary, RiskMessages.commentary, max: 5000,
                                        label: "Commentary")
        return check.result {
            guard let date, let current, let target, let commentary else { return nil }
            return RiskReviewDraft(date: date, current: current, target: target, commentary: commentary)
        }
    }
}
