import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// The administrators' pages of users, and the page an invitation or reset link opens.
enum UserAdminViews {
    static func statusTag(_ status: UserList.Status) -> BodyNode {
        switch status {
        case .active: tag(status.label, .green)
        case .invited: tag(status.label, .blue)
        case .disabled: tag(status.label, .grey)
        }
    }

    static func list(_ model: UserList.Model, context: ViewContext) -> String {
        Layout.render(Page(title: "Users", council: nil, section: .users, context: context, content: [
            heading(1, "Users", size: .l),
            paragraph("Everyone who can sign in to Oversight, with their roles. Invite a user to send them a link to choose a password; disabling a user ends their sessions and revokes their API tokens."),
            el("a", [("href", SiteURL.newUser.path), ("class", "ov-button"), ("role", "button"), ("draggable", "false")], text: "Invite a user"),
            el("form", [("method", "get"), ("action", SiteURL.users.path), ("class", "ov-filter")], [
                textInput("q", label: "Name or email address", value: model.filter.text, errors: FormErrors(), width: .w20),
                selectField("role", label: "Role", options: Role.allCases.map { ($0.rawValue, $0.label) },
                            selected: model.filter.role?.rawValue, placeholder: "Any role", errors: FormErrors()),
                selectField("status", label: "Status", options: UserList.Status.allCases.map { ($0.rawValue, $0.label) },
                            selected: model.filter.status?.rawValue, placeholder: "Any status", errors: FormErrors()),
                el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Filter"),
            ]),
            model.rows.isEmpty ? paragraph("No users match.") : dataTable(
                caption: "Showing \(model.rows.count) of \(model.total) users", captionSize: .s,
                head: ["Name", "Email address", "Roles", "Status"],
                rows: model.rows.map { row in
                    [link(row.user.displayName, to: .user(.value(row.user.id))), .text(row.user.email), .text(UserRolePolicy.names(row.user)),
                     statusTag(row.status)]
                }),
        ]))
    }

    static func roleOptions() -> [(value: String, label: String)] { Role.allCases.map { ($0.rawValue, $0.label) } }

    static func inviteForm(_ form: InviteUserForm, errors: [FieldError], context: ViewContext) -> String {
        let errs = FormErrors(errors)
        return FormPage(context: context, title: "Invite a user", caption: "Users", section: .users, back: .users, action: .newUser,
                        version: nil, errors: errors, conflict: nil, submit: "Invite user", fields: [
            paragraph("Oversight makes a link, valid for 72 hours, with which they choose their own password. Send it to them by email; it is shown once."),
            textInput("email", label: "Email address", value: form.email, errors: errs, type: "email", width: .w20,
                      autocomplete: "off", spellcheck: false),
            textInput("displayName", label: "Name", value: form.displayName, errors: errs, width: .w20, autocomplete: "off"),
            checkboxes("roles", legend: "Roles", hint: "Choose every role they need. Administrators manage users and settings.",
                       options: roleOptions(), checked: Set(form.roleCodes ?? []), errors: errs),
        ]).render()
    }

    static func linkMade(_ name: String, email: String, user: User.ID, link: String, invitation: Bool, until: Date,
                         context: ViewContext) -> String {
        Layout.render(Page(title: invitation ? "User invited" : "Password link made", council: nil, section: .users,
                           context: context, content: [
            heading(1, invitation ? "\(name) is invited" : "A link for \(name) to choose a new password", size: .l),
            importantBanner(title: "The link", [
                el("p", [("class", "ov-notification-banner__heading")],
                   text: "Copy this link now and send it to \(email). You will not be able to see it again."),
                el("p", [("class", "ov-body ov-token")], [el("code", [("id", "password-link")], text: link)]),
            ]),
            paragraph("It works once, until \(UKDateTime.format(until)). \(invitation ? "They cannot sign in until they have chosen a password." : "Their current password works until they choose a new one; choosing it ends their sessions.") Making another link stops this one working."),
            paragraph([.text("Go to "), OversightApp.link("\(name)'s page", to: .user(.value(user))), .text(" or back to "),
                       OversightApp.link("users", to: .users), .text(".")]),
        ]))
    }

    static func user(_ model: UserDetail.Model, errors: [FieldError], context: ViewContext) -> String {
        let user = model.user
        let id = Parameter.value(user.id)
        return Layout.render(Page(title: user.displayName, council: nil, section: .users, breadcrumbs: [("Users", .users)],
                                  errors: errors, context: context, content: [
            heading(1, user.displayName, size: .l, caption: "User"),
            summaryList([
                SummaryRow("Email address", user.email),
                SummaryRow("Roles", UserRolePolicy.names(user), change: (.editUser(id), "name and roles")),
                SummaryRow("Status", nodes: [statusTag(model.status)] + (model.linkUntil.map {
                    [.text(" The link to choose a password works until \(UKDateTime.format($0)).")]
                } ?? [])),
            ]),
            errors.isEmpty ? .empty : paragraph(errors.map(\.message).joined(separator: " "), classes: "ov-error-message"),
            el("div", [("class", "ov-button-group")], [
                postForm(to: .userStatus(id), csrf: context.csrfToken, [
                    voidElement("input", [("type", "hidden"), ("name", "active"), ("value", user.isActive ? "no" : "yes")]),
                    el("button", [("type", "submit"), ("id", "status"),
                                  ("class", user.isActive ? "ov-button ov-button--warning" : "ov-button ov-button--secondary")],
                       text: user.isActive ? "Disable user" : "Enable user"),
                ]),
                user.isActive ? postForm(to: .userPasswordLink(id), csrf: context.csrfToken, [
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")],
                       text: model.status == .invited ? "Make a new invitation link" : "Make a link to choose a new password"),
                ]) : .empty,
            ]),
            heading(2, "Sessions", size: .m),
            model.sessions.isEmpty ? paragraph("Not signed in anywhere.") : .group([
                dataTable(caption: "Signed in on \(model.sessions.count) \(model.sessions.count == 1 ? "browser" : "browsers")", captionSize: .s,
                          head: ["Signed in", "Last seen", "Action"], rows: model.sessions.map { session in
                    [.text(UKDateTime.format(session.createdAt)), .text(UKDateTime.format(session.lastSeenAt)),
                     postForm(to: .userSessions(id), csrf: context.csrfToken, [
                        voidElement("input", [("type", "hidden"), ("name", "session"), ("value", session.id.uuidString.lowercased())]),
                        el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary ov-button--small")],
                           [.text("End"), visuallyHidden(" the session signed in \(UKDateTime.format(session.createdAt))")]),
                     ])]
                }),
                postForm(to: .userSessions(id), csrf: context.csrfToken, [
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--warning")], text: "End every session"),
                ]),
            ]),
            heading(2, "API tokens", size: .m),
            model.tokens.isEmpty ? paragraph("No API tokens.") : dataTable(
                caption: "Tokens", captionSize: .s, head: ["Name", "Created", "Last used", "Status", "Action"],
                rows: model.tokens.map { token in
                    [.text(token.name), .text(UKDateTime.format(token.createdAt)),
                     .group(orNotGiven(token.lastUsedAt.map(UKDateTime.format))),
                     token.revokedAt == nil ? tag("Active", .green) : tag("Revoked", .grey),
                     token.revokedAt == nil
                        ? postForm(to: .userToken(id, .value(.init(token.id))), csrf: context.csrfToken, [
                            el("button", [("type", "submit"), ("class", "ov-button ov-button--warning ov-button--small")],
                               [.text("Revoke"), visuallyHidden(" token \(token.name)")]),
                        ])
                        : .text(UKDateTime.format(token.revokedAt ?? model.now))]
                }),
        ]))
    }

    static func editForm(_ form: UserRolesForm, user: User, errors: [FieldError], conflict: User? = nil, context: ViewContext) -> String {
        let errs = FormErrors(errors)
        return FormPage(context: context, title: "Name and roles", caption: user.email, section: .users, back: .user(.value(user.id)),
                        action: .editUser(.value(user.id)), version: Int(form.version ?? ""), errors: errors,
                        conflict: conflict.map { [SummaryRow("Name", $0.displayName), SummaryRow("Roles", UserRolePolicy.names($0))] },
                        submit: "Save", fields: [
            textInput("displayName", label: "Name", value: form.displayName, errors: errs, width: .w20, autocomplete: "off"),
            checkboxes("roles", legend: "Roles", hint: "Choose every role they need. Administrators manage users and settings.",
                       options: roleOptions(), checked: Set(form.roleCodes ?? []), errors: errs),
        ]).render()
    }

    static func choosePassword(_ link: PasswordLink, secret: String, errors: [FieldError], context: ViewContext) -> String {
        let errs = FormErrors(errors)
        return Layout.render(Page(title: "Choose a password", council: nil, section: nil, errors: errors, context: context, content: [
            el("div", [("class", "ov-grid")], [
                el("div", [("class", "ov-grid__two-thirds")], [
                    heading(1, link.purpose == .invitation ? "Welcome to Oversight" : "Choose a new password", size: .l,
                            caption: link.user.email),
                    paragraph("Choose a password of at least \(PasswordRules.minimumLength) characters. A few words you will remember make a good one; avoid one you use elsewhere."),
                    el("form", [("method", "post"), ("action", SiteURL.passwordLink(.value(secret)).path), ("novalidate", "")], [
                        voidElement("input", [("type", "hidden"), ("name", "_csrf"), ("value", context.csrfToken)]),
                        textInput("password", label: "New password", value: nil, errors: errs, type: "password", width: .w20,
                                  autocomplete: "new-password"),
                        textInput("confirm", label: "The same password again", value: nil, errors: errs, type: "password", width: .w20,
                                  autocomplete: "new-password"),
                        link.purpose == .reset
                            ? checkbox("keepTokens", legend: "API tokens", label: "Keep my API tokens working",
                                       hint: "Unless you keep them, a new password revokes your API tokens, in case someone else has one.",
                                       checked: false, errors: errs)
                            : .empty,
                        submitButton("Save password"),
                    ]),
                ]),
            ]),
        ]))
    }

    static func changePassword(_ user: User, errors: [FieldError], context: ViewContext) -> String {
        let errs = FormErrors(errors)
        return FormPage(context: context, title: "Change your password", caption: user.email, section: .account, back: .home,
                        action: .changePassword, version: nil, errors: errors, conflict: nil, submit: "Change password", fields: [
            paragraph("Changing your password signs you out everywhere, this browser too, and revokes your API tokens unless you keep them."),
            textInput("current", label: "Current password", value: nil, errors: errs, type: "password", width: .w20,
                      autocomplete: "current-password"),
            textInput("password", label: "New password", hint: "At least \(PasswordRules.minimumLength) characters", value: nil,
                      errors: errs, type: "password", width: .w20, autocomplete: "new-password"),
            textInput("confirm", label: "The same new password again", value: nil, errors: errs, type: "password", width: .w20,
                      autocomplete: "new-password"),
            checkbox("keepTokens", legend: "API tokens", label: "Keep my API tokens working", checked: false, errors: errs),
        ]).render()
    }
}
