import OversightDocuments
import OversightDomain
import OversightStore

enum CouncilViews {
    static func list(_ model: CouncilList.Model, context: ViewContext) -> String {
        Layout.render(Page(title: "Councils", council: nil, section: .councils, context: context, content: [
            heading(1, "Councils", size: .l),
            model.rows.isEmpty
                ? paragraph("No council has been set up yet. Add the council whose improvement programme you run.")
                : dataTable(caption: "Councils using this Oversight", head: ["Council", "Kind", "Areas"],
                            rows: model.rows.map { row in
                                [link(row.name, to: .council(row.id)), .text(row.kind), .text(row.areas)]
                            }),
            context.councils.add.isAllowed ? buttonLink("Add a council", to: .newCouncil) : .empty,
        ]))
    }

    static func form(_ form: CouncilForm, context: ViewContext, councilID: Council.ID?, errors: [FieldError],
                     conflict: Council? = nil) -> String {
        let errs = FormErrors(errors)
        let councilContext = councilID.map { CouncilContext(id: $0, name: conflict?.name ?? form.name ?? "") }
        return FormPage(
            context: context, title: councilID == nil ? "Add a council" : "Change council details",
            caption: nil, council: councilContext, section: councilID == nil ? .councils : .council,
            back: councilID.map { .council(.value($0)) } ?? .councils,
            action: councilID.map { .editCouncil(.value($0)) } ?? .councils,
            version: councilID == nil ? nil : Int(form.version ?? "") ?? 0,
            errors: errors, conflict: conflict.map(summaryRows), submit: "Save council",
            fields: [
                textInput("name", label: "Name", hint: "As it appears on committee papers, for example Northshire County Council",
                          value: form.name, errors: errs, autocomplete: "organization"),
                radios("kind", legend: "Kind of council", options: CouncilKind.options, selected: form.kind,
                       errors: errs),
                radios("areaLabel", legend: "What the council calls the areas a report affects",
                       hint: "County councils usually have electoral divisions; other councils have wards",
                       options: AreaLabel.options, selected: form.areaLabel, errors: errs),
                textArea("areas", label: "Areas", hint: "One electoral division or ward on each line",
                         value: form.areas, errors: errs, rows: 8),
                dateInput("financialYearStart", legend: "Financial year starts on",
                          hint: "For example, 1 4 for 1 April",
                          parts: DateParts(day: form.financialYearStartDay, month: form.financialYearStartMonth, year: nil),
                          errors: errs, boxes: [.day, .month]),
            ]
        ).render()
    }

    static func summaryRows(_ council: Council) -> [SummaryRow] {
        [
            SummaryRow("Name", council.name),
            SummaryRow("Kind", council.kind.label),
            SummaryRow("Areas are called", council.areaLabel.plural),
            SummaryRow(council.areaLabel.plural, nodes: council.areas.isEmpty
                ? orNotGiven(nil) : [.text(council.areas.joined(separator: "\n"))]),
            SummaryRow("Financial year starts", council.financialYearStart.label),
        ]
    }
}
