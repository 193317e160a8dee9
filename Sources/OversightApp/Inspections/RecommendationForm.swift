import OversightDomain
import OversightStore

struct RecommendationForm: FormInput {
    var number: String?
    var text: String?
    var area: String?
    var priorityAction: String?
    var version: String?

    init(number: String? = nil, text: String? = nil, area: String? = nil, priorityAction: String? = nil,
         version: String? = nil) {
        self.number = number
        self.text = text
        self.area = area
        self.priorityAction = priorityAction
        self.version = version
    }

    init(_ recommendation: Recommendation) {
        self.init(number: String(recommendation.number), text: recommendation.text,
                  area: recommendation.area?.rawValue, priorityAction: recommendation.isPriorityAction ? "yes" : nil,
                  version: String(recommendation.version))
    }

    func validate() -> Validated<RecommendationDraft> {
        var check = Validator()
        var number: Int?
        if let text = self.number.trimmedOrNil {
            if let value = Int(text) {
                if (1...999).contains(value) { number = value } else {
                    check.fail("number", InspectionMessages.recommendationNumberRange)
                }
            } else {
                check.fail("number", InspectionMessages.recommendationNumber)
            }
        } else {
            check.fail("number", InspectionMessages.recommendationNumber)
        }
        let text = check.required("text", text, InspectionMessages.recommendationText, max: 4000, label: "Recommendation")
        // An area is optional, but a code that is not an area (a tampered form) is refused.
        let area = JudgementArea.from(code: area.trimmedOrNil)
        if area == nil, self.area.trimmedOrNil != nil { check.fail("area", InspectionMessages.recommendationArea) }
        return check.result {
            guard let number, let text else { return nil }
            return RecommendationDraft(number: number, text: text, area: area, isPriorityAction: priorityAction == "yes")
        }
    }
}
