import OversightDocuments
import OversightDomain

enum PersonViews {
    static func list(_ model: PeopleList.Model, council: CouncilContext, context: ViewContext) -> String {
        let id = Parameter.value(council.id)
        return Layout.render(Page(title: "People", council: council, section: .people, context: context, content: [
            heading(1, "People", size: .l),
            paragraph("Lead officers, report authors, contacts and board members. A person here does not need an account."),
            context.people.manage.isAllowed ? buttonLink("Add a person", to: .newPerson(id)) : .empty,
            model.rows.isEmpty ? paragraph("No one has been added yet.") :
                dataTable(caption: "\(model.count) people", captionSize: .s,
                          head: ["Name", "Job title", "Telephone", "Email"],
                          rows: model.rows.map { person in
                              [link(person.name, to: .person(id, .value(person.id))),
                               .group(orNotGiven(person.jobTitle)), .group(orNotGiven(person.telephone)),
                               .group(orNotGiven(person.email))]
                          }),
        ]))
    }

    static func detail(_ person: Person, council: CouncilContext, context: ViewContext) -> String {
        let edit = SiteURL.editPerson(.value(council.id), .value(person.id))
        return Layout.render(Page(
            title: person.name, council: council, section: .people,
            breadcrumbs: [("People", .people(.value(council.id)))], context: context,
            content: [
                heading(1, person.name, size: .l, caption: "Person"),
                summaryList(summaryRows(person).map { row in
                    var row = row
                    if context.people.manage.isAllowed { row.change = (edit, row.key.lowercased()) }
                    return row
                }),
            ]
        ))
    }

    static func summaryRows(_ person: Person) -> [SummaryRow] {
        [
            SummaryRow("Full name", person.name),
            SummaryRow("Job title", nodes: orNotGiven(person.jobTitle)),
            SummaryRow("Telephone", nodes: orNotGiven(person.telephone)),
            SummaryRow("Email address", nodes: person.email.map {
                [el("a", [("class", "ov-link"), ("href", "mailto:\($0)")], text: $0)]
            } ?? orNotGiven(nil)),
        ]
    }

    static func form(_ form: PersonForm, context: ViewContext, council: CouncilContext, personID: Person.ID?, errors: [FieldError],
                     conflict: Person? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: personID == nil ? "Add a person" : "Change a person's details", caption: nil,
            council: council, section: .people,
            back: personID.map { .person(cid, .value($0)) } ?? .people(cid),
            action: personID.map { .editPerson(cid, .value($0)) } ?? .people(cid),
            version: personID == nil ? nil : Int(form.version ?? "") ?? 0,
            errors: errors, conflict: conflict.map(summaryRows), submit: "Save person",
            fields: [
                textInput("name", label: "Full name", value: form.name, errors: errs, autocomplete: "off",
                          spellcheck: false),
                textInput("jobTitle", label: "Job title (optional)", hint: "For example, Director of Children's Services",
                          value: form.jobTitle, errors: errs),
                textInput("telephone", label: "Telephone (optional)", hint: "For example, (01632) 960001",
                          value: form.telephone, errors: errs, type: "tel", width: .w20),
                textInput("email", label: "Email address (optional)", value: form.email, errors: errs,
                          type: "email", spellcheck: false),
            ]
        ).render()
    }
}
