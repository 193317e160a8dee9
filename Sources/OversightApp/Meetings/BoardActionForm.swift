import OversightDomain
import OversightStore
import Vapor

struct BoardActionForm: FormInput {
    var what: String?
    var owner: String?
    var dueDay: String?, dueMonth: String?, dueYear: String?
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case what, owner
        case dueDay = "due-day", dueMonth = "due-month", dueYear = "due-year"
    }

    func validate() -> Validated<(String, Person.ID, CalendarDate)> {
        var check = Validator()
        let what = check.required("what", what, MeetingMessages.boardActionWhat, max: 2000, label: "Action")
        let owner = owner.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if owner == nil { check.fail("owner", MeetingMessages.boardActionOwner) }
        let due = check.date("due", DateParts(day: dueDay, month: dueMonth, year: dueYear), label: "Due date", required: true)
        return check.result {
            guard let what, let owner, let due else { return nil }
            return (what, owner, due)
        }
    }
}
