import OversightDomain
import OversightStore
import Vapor

struct MilestoneForm: FormInput {
    var title: String?
    var day: String?, month: String?, year: String?

    enum CodingKeys: String, CodingKey {
        case title
        case day = "milestoneDue-day", month = "milestoneDue-month", year = "milestoneDue-year"
    }

    init() {}

    var dueParts: DateParts { DateParts(day: day, month: month, year: year) }

    func validate() -> Validated<(title: String, due: CalendarDate)> {
        var check = Validator()
        let title = check.required("title", title, PlanMessages.milestoneTitle, max: 300, label: "Milestone")
        let due = check.date("milestoneDue", dueParts, label: "Milestone date", required: true)
        return check.result {
            guard let title, let due else { return nil }
            return (title, due)
        }
    }
}
