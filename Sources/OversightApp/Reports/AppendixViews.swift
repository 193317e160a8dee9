import OversightDocuments
import OversightDomain
import OversightStore

enum AppendixViews {
    static func form(_ form: AppendixForm, model: NewAppendix.Model, choices: AppendixController.Choices, errors: [FieldError],
                     context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(model.council.id), rid = Parameter.value(model.reportID)
        let letter = model.letter
        return FormPage(
            context: context, title: "Add appendix \(letter)", caption: model.reportTitle,
            council: model.council, section: .reports,
            back: .report(cid, rid), action: .newAppendix(cid, rid), errors: errors, submit: "Add the appendix",
            multipart: true, fields: [
                radios("source", legend: "What is the appendix?",
                       hint: "Appendices made from the plan or the scorecard show the data as it stands until the report is published, then stay as they were",
                       options: GeneratedAppendix.Kind.options + [("upload", "A document you upload")],
                       selected: form.source, errors: errs),
                selectField("plan", label: "Plan", hint: "For an appendix made from a plan",
                            options: choices.plans.map { ($0.id.description, $0.title) }, selected: form.plan,
                            placeholder: "Select a plan", errors: errs),
                selectField("period", label: "Month", hint: "For a progress summary: the month of updates to show",
                            options: choices.periods.map { ($0.period.id.description, "\($0.plan.title): \($0.period.label)") },
                            selected: form.period, placeholder: "Select a month", errors: errs),
                textInput("through", label: "Scorecard month", hint: "For the scorecard: the month its figures run to, like 2017-09",
                          value: form.through, errors: errs, width: .w10, spellcheck: false),
                selectField("assessment", label: "Self-assessment", hint: "For a self-assessment: which one",
                            options: choices.assessments.map { ($0.id.description, $0.title) }, selected: form.assessment,
                            placeholder: "Select a self-assessment", errors: errs),
                fileUpload("file", label: "Document", hint: "For an uploaded appendix: PDF, Word, Excel, PowerPoint, an image, CSV or text, up to \(EvidenceRules.sizeLabel(EvidenceRules.maxBytes))"
                           + (errors.isEmpty ? "" : ". Choose the file again"),
                           accept: ".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.csv,.txt", multiple: false, errors: errs),
                textInput("title", label: "Title (optional)", hint: "Printed as \"Appendix \(letter): title\". Leave empty to use what the appendix is",
                          value: form.title, errors: errs),
                model.reportIsPartOne ? el("fieldset", [("class", "ov-fieldset")], [
                    el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--m")], text: "Exempt from publication"),
                    radios("exempt", legend: "Is this appendix exempt (Part II)?",
                           hint: "The public will read the report and, in this appendix's place, that it is exempt and under which paragraph",
                           options: [("no", "No, it is as public as the report"), ("yes", "Yes, it is exempt under Schedule 12A")],
                           selected: form.exempt ?? "no", errors: errs, inline: false),
                    selectField("exemptionParagraph", label: "Paragraph of Schedule 12A", hint: "Only for an exempt appendix",
                                options: Schedule12A.allCases.map { (String($0.rawValue), "\($0.rawValue): \($0.description)") },
                                selected: form.exemptionParagraph, placeholder: "Select a paragraph", errors: errs),
                    textArea("publicInterest", label: "Why the public interest in keeping it exempt outweighs disclosure",
                             hint: "Only for an exempt appendix", value: form.publicInterest, errors: errs, rows: 3),
                ]) : .empty,
            ]
        ).render()
    }
}
