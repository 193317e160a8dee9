import OversightDocuments
import OversightDomain

/// What every create-or-edit page shares: a back link, the heading, the conflict banner when
/// someone else saved first, the form with the user's values, and the submit button.
struct FormPage {
    var context: ViewContext
    var title: String
    var caption: String?
    var council: CouncilContext?
    var section: NavSection?
    var back: SiteURL
    var action: SiteURL
    var version: Int?
    var errors: [FieldError]
    /// The saved record as it now stands, shown when this edit collided with another.
    var conflict: [SummaryRow]?
    var submit: String
    var multipart: Bool = false
    var fields: [BodyNode]

    func render() -> String {
        Layout.render(Page(
            title: title, council: council, section: section, back: back, errors: errors, context: context,
            content: [
                el("div", [("class", "ov-grid")], [
                    el("div", [("class", "ov-grid__two-thirds")], [
                        heading(1, title, size: .l, caption: caption),
                        conflict.map { rows in
                            importantBanner(title: "Important", [
                                el("p", [("class", "ov-notification-banner__heading")], text: Messages.staleEdit),
                                paragraph("This is what is saved now. Your version is in the form below: check it, then save again to replace what is saved."),
                                summaryList(rows),
                            ])
                        } ?? .empty,
                        postForm(to: action, csrf: context.csrfToken, version: version, fields + [
                            buttonGroup([submitButton(submit), link("Cancel", to: back)]),
                        ], multipart: multipart),
                    ]),
                ]),
            ]
        ))
    }
}
