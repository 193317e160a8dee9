import OversightDomain
import OversightStore

struct PersonDTO: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var jobTitle: String?
    var telephone: String?
    var email: String?
    var version: Int

    init(_ person: Person) {
        id = person.id.description
        name = person.name
        jobTitle = person.jobTitle
        telephone = person.telephone
        email = person.email
        version = person.version
    }
}
