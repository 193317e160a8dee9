import OversightDomain

/// The people directory of a council.
enum PeopleList {}

extension PeopleList {
    /// What the directory shows: a line a person, in the order given, and how many there are.
    struct Model {
        var rows: [Row]
        var count: Int

        struct Row {
            var id: Person.ID
            var name: String
            var jobTitle: String?
            var telephone: String?
            var email: String?
        }

        init(_ people: [Person]) {
            rows = people.map { person in
                Row(id: person.id, name: person.name, jobTitle: person.jobTitle, telephone: person.telephone, email: person.email)
            }
            count = people.count
        }
    }
}
