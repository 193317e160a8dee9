import OversightDocuments
import OversightDomain
import OversightStore

/// The administrator's report settings: templates and bank holidays.
enum ReportSettingsViews {
    static func templates(_ model: ReportTemplates.Model, copyName: String?, errors: [FieldError], context: ViewContext) -> String {
        let errs = FormErrors(errors)
        return Layout.render(Page(title: "Report templates", section: .settings, errors: errors, context: context, content: [
            heading(1, "Report templates", size: .l),
            paragraph("A template sets a report's header labels, its sections and their order, and the implication headings on offer. Each save makes a new version; a report keeps the version it was written with."),
            dataTable(caption: "Templates", captionSize: .s, head: ["Template", "Version", "Sections", "Saved by"],
                      rows: model.rows.map { template in
                          [link(template.name, to: .reportTemplate(.value(template.id))),
                           .text(String(template.version)), .text(String(template.sectionCount)),
                           .text(template.savedBy)]
                      }),
            el("div", [("class", "ov-card")], [
                heading(2, "Copy a template", size: .m),
                postForm(to: .reportTemplates, csrf: context.csrfToken, [
                    selectField("from", label: "Template to copy", options: model.rows.map { ($0.id.description, $0.name) },
                                selected: model.firstID?.description, errors: errs),
                    textInput("name", label: "Name of the new template", hint: "For example, Cabinet report (2024 layout)",
                              value: copyName, errors: errs),
                    submitButton("Copy the template"),
                ]),
            ]),
            paragraph([link("Bank holidays used for publication deadlines", to: .bankHolidays)]),
            paragraph([link("The accessibility statement and the privacy notice", to: .publicTexts)]),
        ]))
    }

    static func templateForm(_ form: TemplateForm, model: TemplateEditor.Model, errors: [FieldError],
                             context: ViewContext) -> String {
        let errs = FormErrors(errors)
        var fields: [BodyNode] = [
            model.newestID.map { newest in
                inset([paragraph([.text("This is an older version. "),
                                  link("Open the newest version", to: .reportTemplate(.value(newest))),
                                  .text(" to change the template.")])])
            } ?? .empty,
            textInput("name", label: "Name", value: form["name"], errors: errs),
            heading(2, "Header block", size: .m),
            paragraph("The header block prints in order of position, each field with its label.", classes: "ov-body-s"),
        ]
        for field in model.headerFields {
            let key = "header-\(field.rawValue)"
            fields.append(el("fieldset", [("class", "ov-fieldset ov-card")], [
                el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")], text: field.label),
                textInput(key, label: "Label", hint: field == .body
                            ? "Printed before the committee: \"Report to\" gives \"Report to the Cabinet\". Leave empty to print the committee's name alone."
                            : nil,
                          value: form[key], errors: errs),
                textInput("\(key)-position", label: "Position", value: form["\(key)-position"], errors: errs,
                          width: .w3, inputmode: "numeric"),
            ]))
        }
        fields += [
            heading(2, "How the header is written", size: .m),
            textInput("style-allAreas", label: "Words for a report that affects every area",
                      hint: "Printed in place of \"All\", for example (All Divisions); leave empty for All", value: form["style-allAreas"],
                      errors: errs),
            textInput("style-telephonePrefix", label: "Before the contact's telephone number", hint: "For example Tel:",
                      value: form["style-telephonePrefix"], errors: errs, width: .w10),
            checkbox("style-jobTitle", legend: "Contact line", label: "End the contact line with the contact's job title",
                     checked: form["style-jobTitle"] == "yes", errors: errs),
            checkbox("style-quotedLetters", legend: "Appendix letters", label: "Quote appendix letters: (Appendix 'A' refers)",
                     checked: form["style-quotedLetters"] == "yes", errors: errs),
        ]
        fields.append(heading(2, "Sections", size: .m))
        fields.append(paragraph("Sections print in order of position. Untick a section to leave it out; fill in a blank row to add one, such as Purpose of report.",
                                classes: "ov-body-s"))
        for row in 1...model.sectionRows {
            let prefix = "section-\(row)"
            let key = form["\(prefix)-key"]
            fields.append(el("fieldset", [("class", "ov-fieldset ov-card")], [
                el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")],
                   text: key == nil ? "New section \(row)" : "Section \(row)"),
                key.map { voidElement("input", [("type", "hidden"), ("name", "\(prefix)-key"), ("value", $0)]) } ?? .empty,
                textInput("\(prefix)-label", label: "Heading", value: form["\(prefix)-label"], errors: errs),
                textInput("\(prefix)-help", label: "Help for authors", value: form["\(prefix)-help"], errors: errs),
                textInput("\(prefix)-position", label: "Position", value: form["\(prefix)-position"] ?? String(row), errors: errs,
                          width: .w3, inputmode: "numeric"),
                checkbox("\(prefix)-include", legend: "Use", label: "Include this section", checked: key == nil ? form["\(prefix)-label"] != nil || form["\(prefix)-include"] == "yes" : form["\(prefix)-include"] == "yes", errors: errs),
                checkbox("\(prefix)-required", legend: "Required", label: "Must be written before the report is cleared",
                         checked: form["\(prefix)-required"] == "yes", errors: errs),
            ]))
        }
        fields += [
            heading(2, "Implications", size: .m),
            textInput("implicationsIntro", label: "Introduction", value: form["implicationsIntro"], errors: errs),
            textArea("implications", label: "Implication headings", hint: "One per line, in the order they are printed",
                     value: form["implications"], errors: errs, rows: 8),
        ]
        return FormPage(
            context: context, title: "\(model.name): version \(model.version)", caption: "Report template", section: .settings,
            back: .reportTemplates, action: .reportTemplate(.value(model.id)), errors: errors,
            submit: "Save as version \(model.nextVersion)", fields: fields
        ).render()
    }

    static func bankHolidays(_ model: BankHolidaySettings.Model, form: BankHolidayForm,
                             errors: [FieldError], context: ViewContext) -> String {
        let errs = FormErrors(errors)
        return Layout.render(Page(title: "Bank holidays", section: .settings, back: .reportTemplates, errors: errors,
                                  context: context, content: [
            heading(1, "Bank holidays", size: .l, caption: "England and Wales"),
            paragraph("Publication deadlines count working days: weekends and these days do not count. Oversight comes with GOV.UK's list to 2030; add a day when a one-off bank holiday is announced, or remove one that will not happen."),
            el("div", [("class", "ov-card")], [
                heading(2, "Add a bank holiday", size: .m),
                postForm(to: .bankHolidays, csrf: context.csrfToken, [
                    voidElement("input", [("type", "hidden"), ("name", "action"), ("value", "add")]),
                    dateInput("holiday", legend: "Date", hint: "For example, 8 5 2023", parts: form.parts, errors: errs),
                    textInput("title", label: "Name", hint: "For example, Bank holiday for the coronation of King Charles III",
                              value: form.title, errors: errs),
                    submitButton("Add the bank holiday"),
                ]),
            ]),
            dataTable(caption: "Bank holidays from \(model.fromYear)", captionSize: .s, head: ["Date", "Bank holiday", "Change"],
                      rows: model.holidays.map { holiday in
                          let isChanged = holiday.isChanged
                          return [.text(UKDateFormat.withWeekday(holiday.date)),
                                  .text(holiday.title + (isChanged ? " (added here)" : "")),
                                  postForm(to: .bankHolidays, csrf: context.csrfToken, [
                                      voidElement("input", [("type", "hidden"), ("name", "action"), ("value", isChanged ? "undo" : "remove")]),
                                      voidElement("input", [("type", "hidden"), ("name", "date"), ("value", holiday.date.iso)]),
                                      el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary ov-button--small")],
                                         [.text(isChanged ? "Undo" : "Remove"), visuallyHidden(" \(holiday.date.ukLong)")]),
                                  ])]
                      }),
            model.removed.isEmpty ? .empty : dataTable(
                caption: "Days taken off the list", captionSize: .s, head: ["Date", "Bank holiday", "Change"],
                rows: model.removed.map { entry in
                    [.text(UKDateFormat.withWeekday(entry.date)), .text(entry.title),
                     postForm(to: .bankHolidays, csrf: context.csrfToken, [
                         voidElement("input", [("type", "hidden"), ("name", "action"), ("value", "undo")]),
                         voidElement("input", [("type", "hidden"), ("name", "date"), ("value", entry.date.iso)]),
                         el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary ov-button--small")],
                            [.text("Put back"), visuallyHidden(" \(entry.date.ukLong)")]),
                     ])]
                }),
        ]))
    }
}
