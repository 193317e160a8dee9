import OversightDomain
import OversightStore

struct JudgementForm: FormInput {
    var body: String?
    var area: String?
    var grade: String?
    var version: String?
    /// Not submitted: the inspection's framework decides which areas are allowed.
    var framework: Framework = .other

    enum CodingKeys: String, CodingKey { case body, area, grade, version }

    init(framework: Framework, body: String? = InspectedBody.suggestions[0], area: String? = nil,
         grade: String? = nil, version: String? = nil) {
        self.framework = framework
        self.body = body
        self.area = area
        self.grade = grade
        self.version = version
    }

    init(_ judgement: Judgement, framework: Framework) {
        self.init(framework: framework, body: judgement.body, area: judgement.area.rawValue,
                  grade: judgement.grade.rawValue, version: String(judgement.version))
    }

    func validate() -> Validated<JudgementDraft> {
        var check = Validator()
        let body = check.required("body", body, Messages.judgementBody, max: 150, label: "Inspected body")
        let area = JudgementArea.from(code: area.trimmedOrNil).flatMap { framework.judgementAreas.contains($0) ? $0 : nil }
        if area == nil { check.fail("area", Messages.judgementArea(framework)) }
        let grade: Grade? = check.choice("grade", grade, Messages.grade)
        return check.result {
            guard let body, let area, let grade else { return nil }
            return JudgementDraft(body: body, area: area, grade: grade)
        }
    }
}

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
                    check.fail("number", Messages.recommendationNumberRange)
                }
            } else {
                check.fail("number", Messages.recommendationNumber)
            }
        } else {
            check.fail("number", Messages.recommendationNumber)
        }
        let text = check.required("text", text, Messages.recommendationText, max: 4000, label: "Recommendation")
        // An area is optional, but a code that is not an area (a tampered form) is refused.
        let area = JudgementArea.from(code: area.trimmedOrNil)
        if area == nil, self.area.trimmedOrNil != nil { check.fail("area", Messages.select("a judgement area from the list")) }
        return check.result {
            guard let number, let text else { return nil }
            return RecommendationDraft(number: number, text: text, area: area, isPriorityAction: priorityAction == "yes")
        }
    }
}
