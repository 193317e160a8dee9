import OversightDomain
import OversightStore

struct PersonForm: FormInput {
    var name: String?
    var jobTitle: String?
    var telephone: String?
    var email: String?
    var version: String?

    init(name: String? = nil, jobTitle: String? = nil, telephone: String? = nil, email: String? = nil,
         version: String? = nil) {
        self.name = name
        self.jobTitle = jobTitle
        self.telephone = telephone
        self.email = email
        self.version = version
    }

    init(_ person: Person) {
        self.init(name: person.name, jobTitle: person.jobTitle, telephone: person.telephone, email: person.email,
                  version: String(person.version))
    }

    func validate() -> Validated<PersonDraft> {
        var check = Validator()
        let name = check.required("name", name, CouncilMessages.personName, max: 120, label: "Full name")
        let jobTitle = check.optional("jobTitle", jobTitle, max: 150, label: "Job title")
        let telephone = check.optional("telephone", telephone, max: 40, label: "Telephone")
        if let telephone, !ContactRules.isTelephone(telephone) { check.fail("telephone", CouncilMessages.telephone) }
        let email = check.optional("email", email, max: 254, label: "Email address")
        if let email, !ContactRules.isEmail(email) { check.fail("email", CouncilMessages.email) }
        return check.result {
            name.map { PersonDraft(name: $0, jobTitle: jobTitle, telephone: telephone, email: email) }
        }
    }
}
