import OversightDocuments
import OversightDomain
import OversightStore

/// The report form: the header block, then each of the template's sections in its order, the
/// implications, background papers, Part II and the key decision.
enum ReportFormViews {
    static func form(_ form: ReportForm, template: TemplateVersion, templates: [TemplateVersion], report: Report?,
                     bodies: [GoverningBody], council: Council, errors: [FieldError], conflict: Report? = nil, context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        let t = template.template
        var fields: [BodyNode] = []
        if report == nil && templates.count > 1 {
            fields.append(selectField("template", label: "Template", hint: "The layout and section headings of the report",
                                      options: templates.map { ($0.id.description, "\($0.template.name) (version \($0.template.version))") },
                                      selected: form["template"], errors: errs))
        } else {
            fields.append(voidElement("input", [("type", "hidden"), ("name", "template"), ("value", template.id.description)]))
        }
        if report?.supersedesID != nil {
            fields.append(textArea("correction", label: "What this corrected report changes",
                                   hint: "Printed at the top of the report, for example: the figures in paragraph 4 were for the wrong month",
                                   value: form["correction"], errors: errs, rows: 3))
        }
        fields += [
            heading(2, "Header", size: .m),
            selectField("body", label: t.label(.body).isEmpty ? "Committee" : t.label(.body), hint: "The committee or board the report goes to",
                        options: bodies.map { ($0.id.description, $0.name) }, selected: form["body"], placeholder: "Select a committee", errors: errs),
            dateInput("meeting", legend: t.label(.meeting), hint: "For example, 12 10 2017", parts: form.meetingParts, errors: errs),
            // The Scrutiny Committee's template prints no "Report of" line, so it does not ask.
            t.headerFields.contains(.reportOf)
                ? textInput("reportOf", label: t.label(.reportOf), hint: "As printed after \"\(t.label(.reportOf))\", for example: the Director of Children's Services",
                            value: form["reportOf"], errors: errs)
                : .empty,
            radios("part", legend: t.label(.part), hint: "Part II reports are exempt from publication under Schedule 12A",
                   options: ReportPart.options, selected: form["part"], errors: errs, inline: true),
            radios("areasScope", legend: t.headerLabels[ReportTemplate.HeaderField.areasAffected.rawValue] ?? "\(council.areaLabel.plural) affected",
                   options: [("all", "All"), ("chosen", "Only the \(council.areaLabel.plural.lowercased()) chosen below")],
                   selected: form["areasScope"], errors: errs),
            council.areas.isEmpty ? .empty : checkboxes("areas", legend: "\(council.areaLabel.plural) affected",
                                                        hint: "Only when you chose the second option above",
                                                        options: council.areas.map { ($0, $0) }, checked: Set(form.areas), errors: errs),
            textInput("title", label: t.label(.title), value: form["title"], errors: errs),
            el("fieldset", [("class", "ov-fieldset")], [
                el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--m")], text: t.label(.contact)),
                textInput("contactName", label: "Name", value: form["contactName"], errors: errs, autocomplete: "name"),
                textInput("contactTelephone", label: "Telephone", value: form["contactTelephone"], errors: errs,
                          type: "tel", width: .w20, autocomplete: "tel"),
                textInput("contactJobTitle", label: "Job title", value: form["contactJobTitle"], errors: errs),
                textInput("contactEmail", label: "Email address", value: form["contactEmail"], errors: errs, type: "email",
                          autocomplete: "email", spellcheck: false),
            ]),
            textArea(ReportForm.sectionField(Report.plainSummaryKey), label: "Summary for children, young people and families (optional)",
                     hint: "A few sentences in plain words, shown first on the report's page. Up to 3,000 characters.",
                     value: form[ReportForm.sectionField(Report.plainSummaryKey)], errors: errs, rows: 4),
            heading(2, "Sections", size: .m),
            paragraph("Write in plain text. Markdown works: a blank line starts a new paragraph, a line starting with a dash is a bullet, **two stars** make bold.",
                      classes: "ov-body-s"),
        ]
        for section in t.sections {
            switch section.key {
            case ReportTemplate.implicationsKey:
                fields.append(el("fieldset", [("class", "ov-fieldset")], [
                    el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--m")], text: section.label),
                    el("div", [("class", "ov-hint")], text: "\(t.implicationsIntro) Write only under the headings that apply; empty ones are left out of the report."),
                    .group(t.implications.enumerated().map { index, heading in
                        textArea(ReportForm.implicationField(index), label: heading, value: form[ReportForm.implicationField(index)],
                                 errors: errs, rows: 3)
                    }),
                ]))
            case ReportTemplate.backgroundPapersKey:
                let rows = form.paperRows(report?.backgroundPapers.count ?? 0)
                fields.append(el("fieldset", [("class", "ov-fieldset")], [
                    el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--m")], text: section.label),
                    el("div", [("class", "ov-hint")], text: section.help + " Leave a row empty if you do not need it."),
                    .group((0..<rows).map { row in
                        el("div", [("class", "ov-paper-row")], [
                            textInput(ReportForm.paperField(row, "name"), label: "Paper \(row + 1)",
                                      value: form[ReportForm.paperField(row, "name")], errors: errs),
                            textInput(ReportForm.paperField(row, "date"), label: "Date of paper \(row + 1)",
                                      hint: "For example, November 2015", value: form[ReportForm.paperField(row, "date")],
                                      errors: errs, width: .w20),
                            textInput(ReportForm.paperField(row, "contact"), label: "Contact and telephone for paper \(row + 1)",
                                      value: form[ReportForm.paperField(row, "contact")], errors: errs),
                        ])
                    }),
                ]))
            case ReportTemplate.partTwoKey:
                fields.append(el("fieldset", [("class", "ov-fieldset")], [
                    el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--m")], text: section.label),
                    el("div", [("class", "ov-hint")], text: "Only for a Part II report. A Part I report prints N/A."),
                    selectField("exemptionParagraph", label: "Paragraph of Schedule 12A",
                                options: Schedule12A.allCases.map { (String($0.rawValue), "\($0.rawValue): \($0.description)") },
                                selected: form["exemptionParagraph"], placeholder: "Not exempt (Part I)", errors: errs),
                    textArea("publicInterest", label: "Why the public interest in keeping it exempt outweighs disclosure",
                             value: form["publicInterest"], errors: errs, rows: 3),
                ]))
            default:
                let field = ReportForm.sectionField(section.key)
                fields.append(textArea(field, label: section.label + (section.required ? "" : " (optional)"), hint: section.help,
                                       value: form[field], errors: errs, rows: section.key == "background" ? 10 : 5))
            }
        }
        fields += [
            heading(2, "Key decision", size: .m),
            radios("keyDecision", legend: "Does the report ask for a key decision?",
                   hint: "A key decision needs 28 clear days' notice in the forward plan",
                   options: [("yes", "Yes"), ("no", "No")], selected: form["keyDecision"], errors: errs, inline: true),
            dateInput("notice", legend: "Date the forward plan notice was given (if a key decision)", hint: "For example, 8 9 2017",
                      parts: form.noticeParts, errors: errs),
        ]
        let title = report == nil ? "Draft a report" : "Edit the report"
        return FormPage(
            context: context, title: title, caption: report?.title, council: CouncilContext(id: council.id, name: council.name),
            section: .reports, back: report.map { .report(cid, .value($0.id)) } ?? .reports(cid),
            action: report.map { .editReport(cid, .value($0.id)) } ?? .reports(cid),
            version: report.map { Int(form["version"] ?? "") ?? $0.version }, errors: errors,
            conflict: conflict.map { saved in
                [SummaryRow("Title", saved.title), SummaryRow("Meeting", saved.meetingDate.ukLong),
                 SummaryRow("Executive summary", saved.text(of: "executive-summary") ?? "Not written")]
            },
            submit: report == nil ? "Save the draft" : "Save the report", fields: fields
        ).render()
    }
}
