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
        let body = check.required("body", body, InspectionMessages.judgementBody, max: 150, label: "Inspected body")
        let area = JudgementArea.from(code: area.trimmedOrNil).flatMap { framework.judgementAreas.contains($0) ? $0 : nil }
        if area == nil { check.fail("area", InspectionMessages.judgementArea(framework)) }
        let grade: Grade? = check.choice("grade", grade, InspectionMessages.grade)
        return check.result {
            guard let body, let area, let grade else { return nil }
            return JudgementDraft(body: body, area: area, grade: grade)
        }
    }
}
