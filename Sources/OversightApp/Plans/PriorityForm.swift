import OversightDomain
import OversightStore
import Vapor

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
            check.fail("number", PlanMessages.priorityNumber)
        }
        let title = check.required("title", title, PlanMessages.priorityTitle, max: 200, label: "Title")
        let outcome = check.optional("outcome", outcome, max: 2000, label: "Outcome sought")
        let leadID = lead.trimmedOrNil
        if let leadID, !people.contains(leadID) { check.fail("lead", PlanMessages.priorityLead) }
        return check.result {
            guard let number, let title else { return nil }
            return PriorityDraft(number: number, title: title, outcome: outcome,
                                 leadID: leadID.flatMap(Person.ID.init))
        }
    }
}
