import OversightDocuments
import OversightDomain
import Vapor

enum Layout {
    static let serviceName = "Oversight"

    static func render(_ page: Page) -> String {
        let fullTitle = (page.errors.isEmpty ? "" : "Error: ") + page.title + " - "
            + (page.council.map { "\($0.name) - " } ?? "") + serviceName
        return HTMLNode.document(
            .escapedAttribute("lang", "en-GB"),
            .escapedAttribute("class", "ov-template"),
            .element(named: "head", nodes: [
                .selfClosedElement(named: "meta", attributes: [.escapedAttribute("charset", "UTF-8")]),
                .selfClosedElement(named: "meta", attributes: [.escapedAttribute("name", "viewport"),
                                                               .escapedAttribute("content", "width=device-width, initial-scale=1")]),
                .element(named: "title", text: fullTitle),
                .selfClosedElement(named: "link", attributes: [.escapedAttribute("rel", "stylesheet"),
                                                               .escapedAttribute("href", SiteURL.stylesheet.path)]),
                .element(named: "script", nodes: [.escapedAttribute("src", SiteURL.script.path), .escapedAttribute("defer", "defer")]),
            ]),
            .element(named: "body", nodes: [
                .escapedAttribute("class", "ov-template__body"),
                el("a", [("href", "#main-content"), ("class", "ov-skip-link")], text: "Skip to main content"),
                header(page),
                .div(
                    .escapedAttribute("class", "ov-width-container"),
                    breadcrumbs(page.breadcrumbs),
                    // In a landmark of its own so that screen-reader users can find it from the list.
                    page.back.map { el("nav", [("aria-label", "Back")], [backLink(to: $0)]) } ?? .empty,
                    .element(named: "main", nodes: [
                        BodyNode.escapedAttribute("class", "ov-main-wrapper"),
                        .escapedAttribute("id", "main-content"),
                        page.errors.isEmpty ? .empty : errorSummary(page.errors),
                        page.context.notice.map(successBanner) ?? .empty,
                        .group(page.content),
                    ])
                ),
                footer(),
            ])
        ).render()
    }

    static func header(_ page: Page) -> BodyNode {
        el("header", [("class", "ov-header")], [
            el("div", [("class", "ov-header__container ov-width-container")], [
                el("div", [("class", "ov-header__logo")], [
                    el("a", [("href", SiteURL.home.path), ("class", "ov-header__service-name")], text: serviceName),
                    page.council.map { el("span", [("class", "ov-header__council")], text: $0.name) } ?? .empty,
                ]),
                navigation(page),
                page.context.viewer.map { viewer in
                    el("div", [("class", "ov-header__account")], [
                        el("span", [("class", "ov-header__user")], text: viewer.user.displayName),
                        viewer.user.personID == nil ? .empty
                            : el("a", [("class", "ov-header__link"), ("href", SiteURL.myActions.path)], text: "My actions"),
                        el("a", [("class", "ov-header__link"), ("href", SiteURL.tokens.path)], text: "API tokens"),
                        el("a", [("class", "ov-header__link"), ("href", SiteURL.changePassword.path)], text: "Password"),
                        postForm(to: .signOut, csrf: page.context.csrfToken, [
                            el("button", [("type", "submit"), ("class", "ov-header__sign-out")], text: "Sign out"),
                        ], classes: "ov-header__sign-out-form"),
                    ])
                } ?? el("div", [("class", "ov-header__account")], [
                    // Signing in is a link on every public page, not the whole site.
                    el("a", [("class", "ov-header__link"), ("href", SiteURL.signIn.path)], text: "Sign in"),
                ]),
            ]),
        ])
    }

    static func navigation(_ page: Page) -> BodyNode {
        guard page.context.viewer != nil else { return publicNavigation(page) }
        var items: [(String, SiteURL, NavSection)] = []
        if let council = page.council {
            let id = Parameter.value(council.id)
            items = [("Overview", .council(id), .overview), ("Plans", .plans(id), .plans), ("Scorecard", .scorecard(id), .scorecard),
                     ("Risks", .risks(id), .risks), ("Self-assessment", .selfAssessments(id), .selfAssessment),
                     ("Meetings", .bodies(id), .meetings),
                     ("Inspections", .inspections(id), .inspections), ("Reports", .reports(id), .reports),
                     ("Search", .search(id), .search), ("People", .people(id), .people), ("Council details", .editCouncil(id), .council)]
        }
        items.append(("All councils", .councils, .councils))
        if page.context.reports.settings.isAllowed { items.append(("Settings", .reportTemplates, .settings)) }
        if page.context.accounts.users.isAllowed { items.append(("Users", .users, .users)) }
        if page.context.operations.audit.isAllowed { items.append(("Audit trail", .audit, .audit)) }
        return menu(items, current: page.section)
    }

    /// A visitor's menu on a council's public pages: back to its public home, its meetings, their
    /// decisions, the forward plan of key decisions, its reports and search.
    static func publicNavigation(_ page: Page) -> BodyNode {
        guard let council = page.council else { return .empty }
        let id = Parameter.value(council.id)
        return menu([("Home", .council(id), .overview), ("Meetings", .bodies(id), .meetings), ("Decisions", .decisions(id), .decisions),
                     ("Forward plan", .forwardPlan(id), .forwardPlan), ("Reports", .reports(id), .reports),
                     ("Search", .search(id), .search)],
                    current: page.section)
    }

    private static func menu(_ items: [(String, SiteURL, NavSection)], current currentSection: NavSection?) -> BodyNode {
        el("nav", [("aria-label", "Menu"), ("class", "ov-header__navigation")], [
            el("ul", [("class", "ov-header__navigation-list")], items.map { label, url, section in
                let current = section == currentSection
                return el("li", [("class", current ? "ov-header__navigation-item ov-header__navigation-item--active"
                                                   : "ov-header__navigation-item")], [
                    el("a", [("class", "ov-header__link"), ("href", url.path),
                             ("aria-current", current ? "page" : nil)], text: label),
                ])
            }),
        ])
    }

    static func breadcrumbs(_ trail: [(String, SiteURL)]) -> BodyNode {
        guard !trail.isEmpty else { return .empty }
        return el("nav", [("class", "ov-breadcrumbs"), ("aria-label", "Breadcrumb")], [
            el("ol", [("class", "ov-breadcrumbs__list")], trail.map { text, url in
                el("li", [("class", "ov-breadcrumbs__list-item")],
                   [el("a", [("class", "ov-breadcrumbs__link"), ("href", url.path)], text: text)])
            }),
        ])
    }

    static func footer() -> BodyNode {
        el("footer", [("class", "ov-footer")], [
            el("div", [("class", "ov-width-container")], [
                el("h2", [("class", "ov-visually-hidden")], text: "Support links"),
                el("ul", [("class", "ov-footer__links")], [
                    el("li", [], [el("a", [("class", "ov-footer__link"), ("href", SiteURL.accessibility.path)], text: "Accessibility statement")]),
                    el("li", [], [el("a", [("class", "ov-footer__link"), ("href", SiteURL.privacy.path)], text: "Privacy notice")]),
                ]),
                el("p", [("class", "ov-footer__meta")], [
                    .text("Oversight: improvement programmes, traced from inspection to committee report. "
                          + "Programs read the same data as JSON under /api/v1/ with an API token."),
                ]),
            ]),
        ])
    }
}
