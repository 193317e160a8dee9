import OversightDocuments

/// One problem with a form, linked from the error summary to the field it is about.
struct FieldError: Equatable, Sendable {
    /// The form field's name, which decides where the inline message appears.
    var field: String
    /// The element id the summary links to: the field itself, or the first box of a date to fix.
    var anchor: String
    var message: String

    init(field: String, anchor: String? = nil, message: String) {
        self.field = field
        self.anchor = anchor ?? field
        self.message = message
    }
}

func errorSummary(_ errors: [FieldError], title: String = "There is a problem") -> BodyNode {
    el("div", [("class", "ov-error-summary"), ("data-module", "ov-error-summary")], [
        el("div", [("role", "alert")], [
            el("h2", [("class", "ov-error-summary__title")], text: title),
            el("div", [("class", "ov-error-summary__body")], [
                el("ul", [("class", "ov-list ov-error-summary__list")], errors.map { error in
                    el("li", [], [el("a", [("href", "#\(error.anchor)")], text: error.message)])
                }),
            ]),
        ]),
    ])
}

/// The green banner after something was saved ("Person added").
func successBanner(_ message: String) -> BodyNode {
    el("div", [("class", "ov-notification-banner ov-notification-banner--success"), ("role", "alert"),
               ("aria-labelledby", "ov-notification-banner-title")], [
        el("div", [("class", "ov-notification-banner__header")], [
            el("h2", [("class", "ov-notification-banner__title"), ("id", "ov-notification-banner-title")],
               text: "Success"),
        ]),
        el("div", [("class", "ov-notification-banner__content")], [
            el("p", [("class", "ov-notification-banner__heading")], text: message),
        ]),
    ])
}

/// The blue "important" banner, used when an edit collided with someone else's.
func importantBanner(title: String, _ children: [BodyNode]) -> BodyNode {
    el("div", [("class", "ov-notification-banner"), ("role", "region"),
               ("aria-labelledby", "ov-important-banner-title")], [
        el("div", [("class", "ov-notification-banner__header")], [
            el("h2", [("class", "ov-notification-banner__title"), ("id", "ov-important-banner-title")],
               text: title),
        ]),
        el("div", [("class", "ov-notification-banner__content")], children),
    ])
}
