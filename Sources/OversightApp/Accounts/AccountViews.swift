import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

enum AccountViews {
    static func signIn(email: String?, next: String?, errors: [FieldError], context: ViewContext) -> String {
        let errs = FormErrors(errors)
        return Layout.render(Page(title: "Sign in", council: nil, section: nil, errors: errors, context: context, content: [
            el("div", [("class", "ov-grid")], [
                el("div", [("class", "ov-grid__two-thirds")], [
                    heading(1, "Sign in to Oversight", size: .l),
                    postForm(to: .signIn, csrf: context.csrfToken, [
                        next.map { voidElement("input", [("type", "hidden"), ("name", "next"), ("value", $0)]) } ?? .empty,
                        textInput("email", label: "Email address", value: email, errors: errs, type: "email",
                                  autocomplete: "username", spellcheck: false),
                        textInput("password", label: "Password", value: nil, errors: errs, type: "password",
                                  autocomplete: "current-password"),
                        submitButton("Sign in"),
                    ]),
                    paragraph("If you have forgotten your password, ask your Oversight administrator to set a new one.",
                              classes: "ov-body ov-secondary-text"),
                ]),
            ]),
        ]))
    }

    static func tokens(_ tokens: [APITokenRecord], showOwners: Bool, newToken: String?, errors: [FieldError],
                       name: String?, context: ViewContext, now: Date) -> String {
        let errs = FormErrors(errors)
        return Layout.render(Page(title: "API tokens", council: nil, section: .account, errors: errors, context: context,
                                  content: [
            heading(1, "API tokens", size: .l),
            paragraph("A token lets a program read Oversight's JSON API as you, with your role. Send it as the header Authorization: Bearer followed by the token. Revoke a token you no longer use."),
            newToken.map { token in
                importantBanner(title: "Your new token", [
                    el("p", [("class", "ov-notification-banner__heading")],
                       text: "Copy this token now. You will not be able to see it again."),
                    el("p", [("class", "ov-body ov-token")], [el("code", [("id", "new-token")], text: token)]),
                ])
            } ?? .empty,
            tokens.isEmpty ? paragraph("There are no tokens yet.") : dataTable(
                caption: "Tokens", captionSize: .m,
                head: (showOwners ? ["Owner"] : []) + ["Name", "Created", "Last used", "Status", "Action"],
                rows: tokens.map { token in
                    (showOwners ? [BodyNode.text(token.user.email)] : []) + [
                        .text(token.name),
                        .text(UKDateTime.format(token.createdAt)),
                        .group(orNotGiven(token.lastUsedAt.map(UKDateTime.format))),
                        token.revokedAt == nil ? tag("Active", .green) : tag("Revoked", .grey),
                        token.revokedAt == nil
                            ? postForm(to: .revokeToken(.value(.init(token.id))), csrf: context.csrfToken, [
                                el("button", [("type", "submit"), ("class", "ov-button ov-button--warning ov-button--small")],
                                   [.text("Revoke"), visuallyHidden(" token \(token.name)")]),
                            ])
                            : .text(UKDateTime.format(token.revokedAt ?? now)),
                    ]
                }),
            heading(2, "Create a token", size: .m),
            postForm(to: .tokens, csrf: context.csrfToken, [
                textInput("name", label: "Name", hint: "What will use it, for example: Power BI scorecard refresh",
                          value: name, errors: errs, width: .w20),
                submitButton("Create token"),
            ]),
        ]))
    }

    static func audit(_ entries: [AuditEntry], total: Int, page: Int, perPage: Int, filter: AuditStore.Filter,
                      context: ViewContext) -> String {
        let pages = max(1, (total + perPage - 1) / perPage)
        func pageLink(_ number: Int, _ text: String) -> BodyNode {
            var items = [URLQueryItem(name: "page", value: String(number))]
            if let action = filter.action { items.append(.init(name: "action", value: action)) }
            if let actor = filter.actor { items.append(.init(name: "actor", value: actor)) }
            if let type = filter.entityType { items.append(.init(name: "type", value: type)) }
            var components = URLComponents()
            components.path = SiteURL.audit.path
            components.queryItems = items
            return el("a", [("class", "ov-link"), ("href", components.string ?? SiteURL.audit.path)], text: text)
        }
        return Layout.render(Page(title: "Audit trail", council: nil, section: .audit, context: context, content: [
            heading(1, "Audit trail", size: .l),
            paragraph("Every change, sign-in and export, newest first. Entries cannot be changed: each is chained to the one before, and oversight audit verify checks the chain."),
            paragraph([.text("Refused sign-ins, refused forms and refused permissions are "),
                       link("security events", to: .securityEvents), .text(", kept apart from this trail.")]),
            el("form", [("method", "get"), ("action", SiteURL.audit.path), ("class", "ov-filter")], [
                textInput("action", label: "Action starts with", hint: "For example, person or sign-in",
                          value: filter.action, errors: FormErrors(), width: .w20),
                textInput("actor", label: "Who (email address)", value: filter.actor, errors: FormErrors(), width: .w20),
                textInput("type", label: "Record type", hint: "For example, inspection", value: filter.entityType,
                          errors: FormErrors(), width: .w20),
                el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Filter"),
            ]),
            paragraph([fileLink(filter.isEmpty ? "Download the audit trail (Excel)" : "Download these entries (Excel)", to: .auditXLSX,
                                query: [("action", filter.action), ("actor", filter.actor), ("type", filter.entityType)])]),
            entries.isEmpty ? paragraph("No entries match.") : dataTable(
                caption: "\(counted(total, "entry", "entries")), page \(page) of \(pages)", captionSize: .s,
                head: ["No.", "When", "Who", "Action", "Record", "Address"],
                rows: entries.map { entry in
                    [.text(String(entry.seq)), .text(UKDateTime.format(entry.at)), .text(entry.record.actor),
                     .text(entry.record.action),
                     .text(entry.record.entityType + (entry.record.entityID.map { " \($0)" } ?? "")),
                     .group(orNotGiven(entry.record.address))]
                }),
            el("nav", [("class", "ov-pagination"), ("aria-label", "Pages of the audit trail")], [
                page > 1 ? pageLink(page - 1, "Newer entries") : .empty,
                page < pages ? pageLink(page + 1, "Older entries") : .empty,
            ]),
        ]))
    }
}
