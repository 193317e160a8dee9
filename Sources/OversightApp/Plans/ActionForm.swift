import OversightDomain
import OversightStore

struct ActionForm: FormInput {
    var number: String?
    var what: String?
    var how: String?
    var lead: String?
    var startDay: String?, startMonth: String?, startYear: String?
    var dueDay: String?, dueMonth: String?, dueYear: String?
    var revisedDay: String?, revisedMonth: String?, revisedYear: String?
    var revisionReason: String?
    var successMeasures: String?
    var status: String?
    var recommendations: [String]?
    var withdrawalReason: String?
    /// For a new action: the priority it belongs to.
    var priority: String?
    var version: String?
    /// Not submitted: the choices the form may accept.
    var people: Set<String> = []
    var allowedRecommendations: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case number, what, how, lead, revisionReason, successMeasures, status, recommendations, version
        case withdrawalReason, priority
        case startDay = "startDate-day", startMonth = "startDate-month", startYear = "startDate-year"
        case dueDay = "dueDate-day", dueMonth = "dueDate-month", dueYear = "dueDate-year"
        case revisedDay = "revisedDueDate-day", revisedMonth = "revisedDueDate-month", revisedYear = "revisedDueDate-year"
    }

    init(_ action: PlanAction) {
        number = action.reference.split(separator: ".").last.map(String.init)
        what = action.what
        how = action.how
        lead = action.leadID?.description
        (startDay, startMonth, startYear) = DateParts(action.startDate).boxes
        (dueDay, dueMonth, dueYear) = DateParts(action.dueDate).boxes
        (revisedDay, revisedMonth, revisedYear) = DateParts(action.revisedDueDate).boxes
        revisionReason = action.revisionReason
        successMeasures = action.successMeasures
        status = action.status.rawValue
        recommendations = action.recommendationIDs.map(\.description)
        withdrawalReason = action.withdrawalReason
        version = String(action.version)
    }

    /// A blank action under `priority`, numbered after the last one there.
    init(priority: Priority.ID?, number: Int) {
        self.priority = priority?.description
        self.number = String(number)
        status = ActionStatus.notStarted.rawValue
    }

    var startParts: DateParts { DateParts(day: startDay, month: startMonth, year: startYear) }
    var dueParts: DateParts { DateParts(day: dueDay, month: dueMonth, year: dueYear) }
    var revisedParts: DateParts { DateParts(day: revisedDay, month: revisedMonth, year: revisedYear) }

    func validate() -> Validated<ActionDraft> {
        var check = Validator()
        var number: Int?
        if let value = Int(self.number.trimmedOrNil ?? ""), (1...99).contains(value) {
            number = value
        } else {
            check.fail("number", PlanMessages.actionNumber)
        }
        let what = check.required("what", what, PlanMessages.actionWhat, max: 2000, label: "What")
        let how = check.optional("how", how, max: 4000, label: "How")
        let leadID = lead.trimmedOrNil
        if let leadID, !people.contains(leadID) { check.fail("lead", PlanMessages.actionLead) }
        let start = check.date("startDate", startParts, label: "Start date", required: false)
        let due = check.date("dueDate", dueParts, label: "Due date", required: true)
        if let start, let due, due < start {
            check.fail("dueDate", anchor: "dueDate-day", PlanMessages.dueBeforeStart)
        }
        let revised = check.date("revisedDueDate", revisedParts, label: "Revised due date", required: false)
        if let start, let revised, revised < start {
            check.fail("revisedDueDate", anchor: "revisedDueDate-day", PlanMessages.revisedBeforeStart)
        }
        let reason = check.optional("revisionReason", revisionReason, max: 1000, label: "Reason for the revised date")
        if revised != nil, reason == nil {
            check.fail("revisionReason", PlanMessages.revisionReason)
        }
        let successMeasures = check.optional("successMeasures", successMeasures, max: 4000, label: "Success measures")
        let status = ActionStatus.from(code: self.status.trimmedOrNil).flatMap { ActionStatus.working.contains($0) ? $0 : nil }
        if status == nil { check.fail("status", PlanMessages.actionStatus) }
        let withdrawalReason = check.optional("withdrawalReason", withdrawalReason, max: 1000,
                                              label: "Reason for withdrawing")
        if status == .withdrawn, withdrawalReason == nil {
            check.fail("withdrawalReason", PlanMessages.withdrawalReason)
        }
        let chosen = recommendations ?? []
        if chosen.contains(where: { !allowedRecommendations.contains($0) }) {
            check.fail("recommendations", PlanMessages.recommendations)
        }
        return check.result {
            guard let number, let what, let due, let status else { return nil }
            return ActionDraft(number: number, what: what, how: how, leadID: leadID.flatMap(Person.ID.init),
                               startDate: start, dueDate: due, revisedDueDate: revised,
                               revisionReason: revised == nil ? nil : reason, successMeasures: successMeasures,
                               status: status, recommendationIDs: chosen.compactMap(Recommendation.ID.init),
                               withdrawalReason: status == .withdrawn ? withdrawalReason : nil)
        }
    }
}

import Vapor
