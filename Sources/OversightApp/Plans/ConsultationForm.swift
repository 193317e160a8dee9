import OversightDomain
import OversightStore
import Vapor

struct ConsultationForm: FormInput {
    var consulted: String?
    var day: String?, month: String?, year: String?
    var feedback: String?
    var response: String?

    enum CodingKeys: String, CodingKey {
        case consulted, feedback, response
        case day = "date-day", month = "date-month", year = "date-year"
    }

    init() {}

    var dateParts: DateParts { DateParts(day: day, month: month, year: year) }

    struct Valid {
        var consulted: String
        var date: CalendarDate
        var feedback: String
        var response: String?
    }

    func validate() -> Validated<Valid> {
        var check = Validator()
        let consulted = check.required("consulted", consulted, PlanMessages.consulted, max: 300,
                                       label: "Who was consulted")
        let date = check.date("date", dateParts, label: "Date of the consultation", required: true)
        let feedback = check.required("feedback", feedback, PlanMessages.consultationFeedback, max: 8000, label: "Feedback")
        let response = check.optional("response", response, max: 8000, label: "How the plan changed")
        return check.result {
            guard let consulted, let date, let feedback else { return nil }
            return Valid(consulted: consulted, date: date, feedback: feedback, response: response)
        }
    }
}
