import OversightDocuments
import OversightDomain

private func describedBy(_ ids: [String?]) -> String? {
    let present = ids.compactMap { $0 }
    return present.isEmpty ? nil : present.joined(separator: " ")
}

private func hintNode(_ id: String, _ hint: String?) -> BodyNode {
    hint.map { el("div", [("id", "\(id)-hint"), ("class", "ov-hint")], text: $0) } ?? .empty
}

private func errorNode(_ id: String, _ message: String?) -> BodyNode {
    message.map {
        el("p", [("id", "\(id)-error"), ("class", "ov-error-message")],
           [el("span", [("class", "ov-visually-hidden")], text: "Error:"), .text(" " + $0)])
    } ?? .empty
}

private func groupClass(_ message: String?) -> String {
    message == nil ? "ov-form-group" : "ov-form-group ov-form-group--error"
}

/// A form group with a label, the hint and the error message, around one control. `control` is
/// given the error message (nil when there is none) and the ids the control is described by.
private func labelledGroup(_ name: String, label: String, hint: String?, errors: FormErrors,
                           control: (_ message: String?, _ describedBy: String?) -> BodyNode) -> BodyNode {
    let message = errors.message(for: name)
    return el("div", [("class", groupClass(message))], [
        el("label", [("class", "ov-label"), ("for", name)], text: label),
        hintNode(name, hint),
        errorNode(name, message),
        control(message, describedBy([hint == nil ? nil : "\(name)-hint", message == nil ? nil : "\(name)-error"])),
    ])
}

func textInput(_ name: String, label: String, hint: String? = nil, value: String?, errors: FormErrors,
               type: String = "text", width: InputWidth = .full, autocomplete: String? = nil,
               spellcheck: Bool? = nil, inputmode: String? = nil) -> BodyNode {
    labelledGroup(name, label: label, hint: hint, errors: errors) { message, described in
        voidElement("input", [
            ("class", ["ov-input", width.rawValue, message == nil ? "" : "ov-input--error"]
                .filter { !$0.isEmpty }.joined(separator: " ")),
            ("id", name), ("name", name), ("type", type), ("value", value ?? ""),
            ("autocomplete", autocomplete), ("inputmode", inputmode),
            ("spellcheck", spellcheck.map { $0 ? "true" : "false" }),
            ("aria-describedby", described),
        ])
    }
}

func textArea(_ name: String, label: String, hint: String? = nil, value: String?, errors: FormErrors,
              rows: Int = 5) -> BodyNode {
    labelledGroup(name, label: label, hint: hint, errors: errors) { message, described in
        el("textarea", [
            ("class", message == nil ? "ov-textarea" : "ov-textarea ov-textarea--error"),
            ("id", name), ("name", name), ("rows", String(rows)), ("aria-describedby", described),
        ], [.text(value ?? "")])
    }
}

/// A select with a first empty choice when `placeholder` is given.
func selectField(_ name: String, label: String, hint: String? = nil, options: [(value: String, label: String)],
                 selected: String?, placeholder: String? = nil, errors: FormErrors) -> BodyNode {
    let choices = (placeholder.map { [(value: "", label: $0)] } ?? []) + options
    return labelledGroup(name, label: label, hint: hint, errors: errors) { message, described in
        el("select", [
            ("class", message == nil ? "ov-select" : "ov-select ov-select--error"), ("id", name), ("name", name),
            ("aria-describedby", described),
        ], choices.map { option in
            el("option", [("value", option.value), ("selected", option.value == (selected ?? "") ? "" : nil)],
               text: option.label)
        })
    }
}

/// Radios in a fieldset. The first radio's id is the field name, so the error summary can link to it.
func radios(_ name: String, legend: String, hint: String? = nil, options: [(value: String, label: String)],
            selected: String?, errors: FormErrors, inline: Bool = false) -> BodyNode {
    let message = errors.message(for: name)
    return el("div", [("class", groupClass(message))], [
        el("fieldset", [("class", "ov-fieldset"),
                        ("aria-describedby", describedBy([hint == nil ? nil : "\(name)-hint",
                                                          message == nil ? nil : "\(name)-error"]))], [
            el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")], text: legend),
            hintNode(name, hint),
            errorNode(name, message),
            el("div", [("class", inline ? "ov-radios ov-radios--inline" : "ov-radios")],
               options.enumerated().map { index, option in
                   let id = index == 0 ? name : "\(name)-\(index + 1)"
                   return el("div", [("class", "ov-radios__item")], [
                       voidElement("input", [("class", "ov-radios__input"), ("id", id), ("name", name),
                                             ("type", "radio"), ("value", option.value),
                                             ("checked", option.value == selected ? "" : nil)]),
                       el("label", [("class", "ov-label ov-radios__label"), ("for", id)], text: option.label),
                   ])
               }),
        ]),
    ])
}

/// One yes-or-no checkbox, such as "area for priority action".
func checkbox(_ name: String, legend: String, label: String, hint: String? = nil, checked: Bool,
              errors: FormErrors) -> BodyNode {
    let message = errors.message(for: name)
    return el("div", [("class", groupClass(message))], [
        el("fieldset", [("class", "ov-fieldset")], [
            el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")], text: legend),
            hintNode(name, hint),
            errorNode(name, message),
            el("div", [("class", "ov-checkboxes")], [
                el("div", [("class", "ov-checkboxes__item")], [
                    voidElement("input", [("class", "ov-checkboxes__input"), ("id", name), ("name", name),
                                          ("type", "checkbox"), ("value", "yes"), ("checked", checked ? "" : nil)]),
                    el("label", [("class", "ov-label ov-checkboxes__label"), ("for", name)], text: label),
                ]),
            ]),
        ]),
    ])
}

/// A GOV.UK date input: day, month and year boxes in a fieldset (or some of them, for a day
/// that recurs every year).
func dateInput(_ name: String, legend: String, hint: String? = "For example, 27 11 2015", parts: DateParts,
               errors: FormErrors, boxes shown: [DateParts.Part] = DateParts.Part.allCases) -> BodyNode {
    let message = errors.message(for: name)
    let boxes: [(DateParts.Part, String, String, InputWidth)] = [
        (.day, "Day", parts.day, .w3), (.month, "Month", parts.month, .w3), (.year, "Year", parts.year, .w5),
    ].filter { shown.contains($0.0) }
    // Outline only the boxes that are missing; every box when the date as a whole is wrong.
    let errorParts: [DateParts.Part] = switch parts.parse(required: true) {
    case let .failure(.incomplete(missing)): missing
    default: DateParts.Part.allCases
    }
    return el("div", [("class", groupClass(message))], [
        el("fieldset", [("class", "ov-fieldset"), ("role", "group"),
                        ("aria-describedby", describedBy([hint == nil ? nil : "\(name)-hint",
                                                          message == nil ? nil : "\(name)-error"]))], [
            el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")], text: legend),
            hintNode(name, hint),
            errorNode(name, message),
            el("div", [("class", "ov-date-input"), ("id", name)], boxes.map { part, label, value, width in
                let id = "\(name)-\(part.rawValue)"
                let marked = message != nil && errorParts.contains(part)
                return el("div", [("class", "ov-date-input__item")], [
                    el("div", [("class", "ov-form-group")], [
                        el("label", [("class", "ov-label ov-date-input__label"), ("for", id)], text: label),
                        voidElement("input", [
                            ("class", "ov-input ov-date-input__input \(width.rawValue)" + (marked ? " ov-input--error" : "")),
                            ("id", id), ("name", id), ("type", "text"), ("inputmode", "numeric"), ("value", value),
                        ]),
                    ]),
                ])
            }),
        ]),
    ])
}

/// A POST form carrying its CSRF token and, for an edit, the version the editor read
/// (optimistic locking).
func postForm(to url: SiteURL, csrf: String, version: Int? = nil, _ children: [BodyNode],
              classes: String? = nil, multipart: Bool = false) -> BodyNode {
    el("form", [("method", "post"), ("action", url.path), ("novalidate", ""), ("class", classes),
                ("enctype", multipart ? "multipart/form-data" : nil)], [
        voidElement("input", [("type", "hidden"), ("name", CSRF.fieldName), ("value", csrf)]),
        version.map { voidElement("input", [("type", "hidden"), ("name", "version"), ("value", String($0))]) } ?? .empty,
    ] + children)
}

func submitButton(_ text: String) -> BodyNode {
    el("button", [("type", "submit"), ("class", "ov-button"), ("data-module", "ov-button")], text: text)
}

func buttonGroup(_ children: [BodyNode]) -> BodyNode {
    el("div", [("class", "ov-button-group")], children)
}

/// Several checkboxes under one legend, each with its own value; the first box's id is the field name.
/// `fieldName` lets several groups (one per plan, say) submit into one field.
func checkboxes(_ name: String, legend: String, hint: String? = nil, options: [(value: String, label: String)],
                checked: Set<String>, errors: FormErrors, fieldName: String? = nil) -> BodyNode {
    let message = errors.message(for: name)
    return el("div", [("class", message == nil ? "ov-form-group" : "ov-form-group ov-form-group--error")], [
        el("fieldset", [("class", "ov-fieldset")], [
            el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")], text: legend),
            hint.map { el("div", [("id", "\(name)-hint"), ("class", "ov-hint")], text: $0) } ?? .empty,
            message.map {
                el("p", [("id", "\(name)-error"), ("class", "ov-error-message")],
                   [el("span", [("class", "ov-visually-hidden")], text: "Error:"), .text(" " + $0)])
            } ?? .empty,
            el("div", [("class", "ov-checkboxes")], options.enumerated().map { index, option in
                let id = index == 0 ? name : "\(name)-\(index + 1)"
                return el("div", [("class", "ov-checkboxes__item")], [
                    voidElement("input", [("class", "ov-checkboxes__input"), ("id", id), ("name", "\(fieldName ?? name)[]"),
                                          ("type", "checkbox"), ("value", option.value),
                                          ("checked", checked.contains(option.value) ? "" : nil)]),
                    el("label", [("class", "ov-label ov-checkboxes__label"), ("for", id)], text: option.label),
                ])
            }),
        ]),
    ])
}

/// A file upload (GOV.UK file upload pattern). Browsers cannot refill a file input, so after an
/// error the hint asks for the files again.
func fileUpload(_ name: String, label: String, hint: String?, accept: String, multiple: Bool,
                errors: FormErrors) -> BodyNode {
    labelledGroup(name, label: label, hint: hint, errors: errors) { message, described in
        voidElement("input", [
            ("class", message == nil ? "ov-file-upload" : "ov-file-upload ov-file-upload--error"),
            // Vapor's multipart decoder reads repeated "name[]" parts as one list.
            ("id", name), ("name", multiple ? "\(name)[]" : name), ("type", "file"), ("accept", accept),
            ("multiple", multiple ? "" : nil), ("aria-describedby", described),
        ])
    }
}
