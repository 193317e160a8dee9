import OversightDomain
import OversightStore
import Vapor

struct EndMemberForm: FormInput {
    var untilDay: String?, untilMonth: String?, untilYear: String?

    enum CodingKeys: String, CodingKey {
        case untilDay = "until-day", untilMonth = "until-month", untilYear = "until-year"
    }

    func validate() -> Validated<CalendarDate> {
        var check = Validator()
        let until = check.date("until", DateParts(day: untilDay, month: untilMonth, year: untilYear), label: "Last day as a member",
                               required: true)
        return check.result { until }
    }
}
