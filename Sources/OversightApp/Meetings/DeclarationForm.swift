import OversightDomain
import OversightStore
import Vapor

struct DeclarationForm: FormInput {
    var person: String?
    var interest: String?
    var dispensation: String?
    var people: Set<String> = []

    enum CodingKeys: String, CodingKey { case person, interest, dispensation }

    func validate() -> Validated<(Person.ID, String, String?)> {
        var check = Validator()
        let person = person.trimmedOrNil.flatMap { people.contains($0) ? $0 : nil }.flatMap { Person.ID($0) }
        if person == nil { check.fail("person", MeetingMessages.declarationPerson) }
        let interest = check.required("interest", interest, MeetingMessages.declarationInterest, max: 2000, label: "Interest")
        let dispensation = check.optional("dispensation", dispensation, max: 2000, label: "Dispensation")
        return check.result {
            guard let person, let interest else { return nil }
            return (person, interest, dispensation)
        }
    }
}
