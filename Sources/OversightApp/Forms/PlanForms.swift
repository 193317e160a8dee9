import OversightDomain
import OversightStore
import Vapor

/// A new plan, or the successor of a running one.
struct PlanForm: FormInput {
    var title: String?
    var kind: String?
    var inspection: String?
    var owner: String?
    var startDay: String?, startMonth: String?, startYear: String?
    var endDay: String?, endMonth: String?, endYear: String?
    /// Further inspections the plan also answers.
    var alsoAnswers: [String]?
    /// For a successor: the unfinished actions to carry forward.
    var carry: [String]?
    var version: String?
    /// Not submitted: the choices the form may accept.
    var people: Set<String> = []
    var inspections: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case title, kind, inspection, owner, carry, alsoAnswers, version
        case startDay = "startDate-day", startMonth = "startDate-month", startYear = "startDate-year"
        case endDay = "endDate-day", endMonth = "endDate-month", endYear = "endDate-year"
    }

    init() {}

    init(_ plan: Plan) {
        title = plan.title
        kind = plan.kind.rawValue
        inspection = plan.inspectionID?.description
        alsoAnswers = plan.alsoAnswers.map(\.description)
        owner = plan.ownerID?.description
        (startDay, startMonth, startYear) = DateParts(plan.startDate).boxes
        (endDay, endMonth, endYear) = DateParts(plan.endDate).boxes
        version = String(plan.version)
    }

    var startParts: DateParts { DateParts(day: startDay, month: startMonth, year: startYear) }
    var endParts: DateParts { DateParts(day: endDay, month: endMonth, year: endYear) }

    func validate() -> Validated<PlanDraft> {
        var check = Validator()
        let title = check.required("title", title, "Enter the plan's title", max: 200, label: "Title")
        let kind: PlanKind? = check.choice("kind", kind, "Select the kind of plan")
        let inspectionID = inspection.trimmedOrNil
        if let inspectionID, !inspections.contains(inspectionID) {
            check.fail("inspection", "Select an inspection from the list")
        }
        let also = (alsoAnswers ?? []).filter { $0 != inspectionID }
        if also.contains(where: { !inspections.contains($0) }) {
            check.fail("alsoAnswers", "Select further inspections from the list")
        }
        let ownerID = owner.trimmedOrNil
        if let ownerID, !people.contains(ownerID) { check.fail("owner", "Select the plan's owner from the list") }
        let start = check.date("startDate", startParts, label: "Start date", required: true)
        let end = check.date("endDate", endParts, label: "End date", required: false)
        if let start, let end, end < start {
            check.fail("endDate", anchor: "endDate-day", "End date must be the same as or after the start date")
        }
        return check.result {
            guard let title, let kind, let start else { return nil }
            return PlanDraft(title: title, kind: kind, inspectionID: inspectionID.flatMap(Inspection.ID.init),
                             alsoAnswers: also.compactMap(Inspection.ID.init),
                             ownerID: ownerID.flatMap(Person.ID.init), startDate: start, endDate: end)
        }
    }
}

struct PriorityForm: FormInput {
    var number: String?
    var title: String?
    var outcome: String?
    var lead: String?
    var version: String?
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey { case number, title, outcome, lead, version }

    init() {}

    init(_ priority: Priority) {
        number = String(priority.number)
        title = priority.title
        outcome = priority.outcome
        lead = priority.leadID?.description
        version = String(priority.version)
    }

    func validate() -> Validated<PriorityDraft> {
        var check = Validator()
        var number: Int?
        if let value = Int(self.number.trimmedOrNil ?? ""), (1...99).contains(value) {
            number = value
        } else {
            check.fail("number", "Enter the priority's number, a whole number from 1 to 99")
        }
        let title = check.required("title", title, "Enter the priority's title", max: 200, label: "Title")
        let outcome = check.optional("outcome", outcome, max: 2000, label: "Outcome sought")
        let leadID = lead.trimmedOrNil
        if let leadID, !people.contains(leadID) { check.fail("lead", "Select the priority's lead from the list") }
        return check.result {
            guard let number, let title else { return nil }
            return PriorityDraft(number: number, title: title, outcome: outcome,
                                 leadID: leadID.flatMap(Person.ID.init))
        }
    }
}

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
        let body = check.required("body", body, "Enter the body that approved the plan, such as Cabinet", max: 200,
                                  label: "Approving body")
        let meeting = check.date("meetingDate", meetingParts, label: "Meeting date", required: true)
        let decision = check.required("decision", decision, "Enter the decision as minuted", max: 4000,
                                      label: "Decision")
        return check.result {
            guard let body, let meeting, let decision else { return nil }
            return PlanApproval(body: body, meetingDate: meeting, decision: decision)
        }
    }
}

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
        let consulted = check.required("consulted", consulted, "Enter who was consulted", max: 300,
                                       label: "Who was consulted")
        let date = check.date("date", dateParts, label: "Date of the consultation", required: true)
        let feedback = check.required("feedback", feedback, "Enter what they said", max: 8000, label: "Feedback")
        let response = check.optional("response", response, max: 8000, label: "How the plan changed")
        return check.result {
            guard let consulted, let date, let feedback else { return nil }
            return Valid(consulted: consulted, date: date, feedback: feedback, response: response)
        }
    }
}

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
        let title = check.required("title", title, "Enter the milestone", max: 300, label: "Milestone")
        let due = check.date("milestoneDue", dueParts, label: "Milestone date", required: true)
        return check.result {
            guard let title, let due else { return nil }
            return (title, due)
        }
    }
}

struct MilestoneMetForm: Content {
    var milestone: String?
    var version: String?
}
