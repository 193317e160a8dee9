import OversightDocuments
import OversightDomain

enum PublicTextsViews {
    static let stale = "Someone else saved these texts after you opened this page. Your words are below: open the page again to see theirs, then make your change again."

    static func form(_ form: PublicTextsForm, errors: [FieldError], context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let hint = "Markdown: a blank line starts a paragraph, \"## \" a heading, \"- \" a bullet. Leave it empty to show the standard text."
        return Layout.render(Page(
            title: "Accessibility statement and privacy notice", section: .settings,
            breadcrumbs: [("Report templates", .reportTemplates)], errors: errors, context: context, content: [
                heading(1, "Accessibility statement and privacy notice", size: .l),
                paragraph("Every page links to both at its foot. Oversight shows a standard text for each, naming the council, until you write your own: "
                    + "the council's contact details, the results of its own accessibility testing, and how long its IT service keeps server records."),
                paragraph([.text("See them as visitors do: "), link("accessibility statement", to: .accessibility), .text(", "),
                           link("privacy notice", to: .privacy), .text(".")]),
                postForm(to: .publicTexts, csrf: context.csrfToken, [
                    hidden("accessibilityVersion", form.accessibilityVersion),
                    hidden("privacyVersion", form.privacyVersion),
                    textArea("accessibility", label: "Accessibility statement", hint: hint, value: form.accessibility, errors: errs, rows: 12),
                    textArea("privacy", label: "Privacy notice", hint: hint, value: form.privacy, errors: errs, rows: 12),
                    submitButton("Save"),
                ]),
            ]))
    }

    private static func hidden(_ name: String, _ value: String?) -> BodyNode {
        voidElement("input", [("type", "hidden"), ("name", name), ("value", value ?? "")])
    }
}
