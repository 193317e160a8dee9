import OversightDomain
import OversightStore
import Vapor

struct MemberForm: FormInput {
    var person: String?
    var role: String?
    var fromDay: String?, fromMonth: String?, fromYear: String?
    /// Not submitted: the people the form may accept.
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case person, role
        case fromDay = "from-day", fromMonth = "from-month", fromYear = "from-year"
    }

    init(from today: CalendarDate? = nil) {
        (fromDay, fromMonth, fromYear) = DateParts(today).boxes
    }

    func validate() -> Validated<(Person.ID, MemberRole, CalendarDate)> {
        var check = Validator()
        let person = person.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if person == nil { check.fail("person", MeetingMessages.memberPerson) }
        let role: MemberRole? = check.choice("role", role, MeetingMessages.memberRole)
        let from = check.date("from", DateParts(day: fromDay, month: fromMonth, year: fromYear), label: "Date they joined", required: true)
        return check.result {
            guard let person, let role, let from else { return nil }
            return (person, role, from)
        }
    }
}
