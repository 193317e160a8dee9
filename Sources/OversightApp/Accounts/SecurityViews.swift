import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// The administrators' page of security events and sign-in throttling.
enum SecurityViews {
    struct Model {
        var events: [SecurityEvent]
        var total: Int
        var paging: Paging
        var filter: SecurityEventStore.Filter
        var accounts: [SignInThrottle.Slowed]
        var addresses: [SignInThrottle.Slowed]
        var now: Date
    }

    static func page(_ model: Model, context: ViewContext) -> String {
        Layout.render(Page(title: "Security events", council: nil, section: .audit, context: context, content: [
            heading(1, "Security events", size: .l),
            paragraph("Refused and slowed sign-ins, forms refused for a missing or wrong token, and refused permissions, newest first. They are kept apart from the audit trail, since they change nothing, and chained like it: oversight audit verify checks both."),
            heading(2, "Sign-ins being slowed", size: .m),
            paragraph("Each failed sign-in makes the next attempt wait longer: after 3 failures for an account from one address, 5 for an account from anywhere (a minute at most) and 10 from one address. Failures count for 15 minutes. Clearing them lets the person try again at once."),
            // An account's failures from one address are slowed by the stricter rule: shown by it, the wait
            // that address faces (from anywhere else it is the account rule's, a minute at most).
            slowedTable("Accounts", field: "account", model.accounts, rules: [SignInThrottle.account, SignInThrottle.pair],
                        now: model.now, context: context),
            slowedTable("Addresses", field: "address", model.addresses, rules: [SignInThrottle.address], now: model.now, context: context),
            heading(2, "Events", size: .m),
            el("form", [("method", "get"), ("action", SiteURL.securityEvents.path), ("class", "ov-filter")], [
                selectField("kind", label: "Kind", options: [
                    ("sign-in.failure", "Refused sign-in"), ("sign-in.throttled", "Slowed sign-in"),
                    ("csrf.refused", "Refused form"), ("permission.refused", "Refused permission"),
                ], selected: model.filter.kind, placeholder: "Any kind", errors: FormErrors()),
                textInput("actor", label: "Who (email address)", value: model.filter.actor, errors: FormErrors(), width: .w20),
                textInput("address", label: "From address", value: model.filter.address, errors: FormErrors(), width: .w20),
                el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Filter"),
            ]),
            model.events.isEmpty ? paragraph("No events match.") : dataTable(
                caption: model.paging.summary("events"), captionSize: .s,
                head: ["No.", "When", "Kind", "Who", "Address", "Detail"],
                rows: model.events.map { event in
                    [.text(String(event.seq)), .text(UKDateTime.format(event.at)), .text(event.kind), .text(event.actor),
                     .group(orNotGiven(event.address)), .group(orNotGiven(event.detail))]
                }),
            pagination(model.paging, label: "Pages of security events") { number in
                SiteURL.securityEvents.path(query: [("page", String(number)), ("kind", model.filter.kind),
                                                    ("actor", model.filter.actor), ("address", model.filter.address)])
            },
        ]))
    }

    private static func slowedTable(_ caption: String, field: String, _ rows: [SignInThrottle.Slowed], rules: [SignInThrottle.Rule],
                                    now: Date, context: ViewContext) -> BodyNode {
        guard !rows.isEmpty else { return paragraph("\(caption): none has failed to sign in in the last 15 minutes.") }
        return dataTable(caption: caption, captionSize: .s, head: ["Who", "Failures", "Last failed", "Waits at most", "Clear"],
                         rows: rows.prefix(100).map { row in
            let wait = rules.map { row.wait(under: $0, now: now.timeIntervalSince1970) }.max() ?? 0
            return [
                .text(row.subject), .text(String(row.tally.count)),
                .text(row.tally.latest.map { UKDateTime.time(Date(timeIntervalSince1970: $0)) } ?? ""),
                .text(wait > 0 ? "until \(UKDateTime.time(now.addingTimeInterval(wait)))" : "no longer"),
                !context.accounts.users.isAllowed ? .text("") : postForm(to: .clearThrottle, csrf: context.csrfToken, [
                    voidElement("input", [("type", "hidden"), ("name", field), ("value", row.subject)]),
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")],
                       [.text("Clear"), visuallyHidden(" the failures of \(row.subject)")]),
                ]),
            ]
        })
    }
}
