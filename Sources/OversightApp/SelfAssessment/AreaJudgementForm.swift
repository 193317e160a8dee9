import OversightDomain
import Vapor

struct AreaJudgementForm: FormInput {
    var grade: String?
    var reasons: String?

    func validate() -> Validated<(Grade, String)> {
        var check = Validator()
        let grade: Grade? = check.choice("grade", grade, SelfAssessmentMessages.areaGrade)
        let reasons = check.required("reasons", reasons, SelfAssessmentMessages.areaReasons, max: 5000,
                                     label: "Reasons")
        return check.result {
            guard let grade, let reasons else { return nil }
            return (grade, reasons)
        }
    }
}
