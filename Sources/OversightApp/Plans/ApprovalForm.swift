import OversightDomain
import OversightStore
import Vapor

struct ApprovalForm: FormInput {
    var body: String?
    var meetingDay: String?, meetingMonth: String?, meetingYear: String?
    var decision: String?
    var version: String?

    enum CodingKeys: String, CodingKey {
        case body, decision, version
        case meetingDay = "meetingDate-day", meetingMonth = "meetingDate-month", meetingYear = "meetingDate-year"
    }

    init() {}

    var meetingParts: DateParts { DateParts(day: meetingDay, month: meetingMonth, year: meetingYear) }

    func validate() -> Validated<PlanApproval> {
        var check = Validator()
        let body = check.required("body", body, PlanMessages.approvingBody, max: 200,
                                  label: "Approving body")
        let meeting = check.date("meetingDate", meetingParts, label: "Meeting date", required: true)
        let decision = check.required("decision", decision, PlanMessages.approvalDecision, max: 4000,
                                      label: "Decision")
        return check.result {
            guard let body, let meeting, let decision else { return nil }
            return PlanApproval(body: body, meetingDate: meeting, decision: decision)
        }
    }
}
