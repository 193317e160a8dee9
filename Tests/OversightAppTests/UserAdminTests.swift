import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// Users in the browser, as an administrator manages them and as an invited person arrives.
@Suite("Users in the browser")
struct UserAdminTests {
    static func text(_ response: TestingHTTPResponse) -> String { response.body.string }

    /// The link a page shows once, as a path on this site.
    static func linkPath(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<code id=\"password-link\">"))
        let url = String(page[start.upperBound...].prefix { $0 != "<" })
        return try #require(URL(string: url)?.path)
    }

    /// Follows a password link as a visitor would: open it, then post the form with its token.
    static func choose(_ app: Application, _ path: String, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        let form = try await app.testing().sendRequest(.GET, path)
        let cookie = try #require(form.headers.setCookie?[CSRF.cookieName]?.string, "\(form.status)")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        var cookies = HTTPCookies()
        cookies[CSRF.cookieName] = .init(string: cookie)
        headers.cookie = cookies
        let body = ([("_csrf", cookie)] + fields).map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    static func user(_ app: Application, _ email: String) async throws -> User {
        try #require(try await AccountStore.find(email: email, on: app.db)).user
    }

    @Test("An administrator invites a user, who chooses a password through a one-time link and signs in")
    func invite() async throws {
        try await withTestApp { app in
            #expect(try await app.get(SiteURL.users.path, as: Who.viewer).status == .forbidden)
            let list = try await app.get(SiteURL.users.path)
            #expect(list.status == .ok)
            #expect(Self.text(list).contains("Oversight Administrator"))
            #expect(Self.text(list).contains("href=\"/users\" aria-current=\"page\""), "Users is in the administrator's menu")
            // The demo's other users: one invited and not yet arrived, one who has left.
            #expect(Self.text(try await app.get(SiteURL.users.path(query: [("status", "invited")]))).contains("Grace Adeyemi"))
            #expect(Self.text(try await app.get(SiteURL.users.path(query: [("status", "disabled")]))).contains("Tom Ellison"))

            let refused = try await app.post(SiteURL.newUser.path, form: [("email", "not an address"), ("displayName", ""), ("roles[]", "superuser")])
            #expect(refused.status == .unprocessableEntity)
            for message in [UserMessages.emailFormat, UserMessages.name, "superuser is not a role in Oversight"] {
                #expect(Self.text(refused).contains(message), "\(message)")
            }
            let taken = try await app.post(SiteURL.newUser.path, form: [("email", "Viewer@Northshire.example"), ("displayName", "Someone"),
                                                                       ("roles[]", "viewer")])
            #expect(Self.text(taken).contains(UserMessages.emailTaken("viewer@northshire.example")))

            let invited = try await app.post(SiteURL.newUser.path, form: [
                ("email", "Amara.Osei@northshire.example"), ("displayName", "Amara Osei"), ("roles[]", "contributor"), ("roles[]", "viewer"),
            ])
            #expect(invited.status == .created)
            #expect(Self.text(invited).contains("Copy this link now and send it to amara.osei@northshire.example"))
            let link = try Self.linkPath(Self.text(invited))
            let amara = try await Self.user(app, "amara.osei@northshire.example")
            #expect(amara.roles == [.contributor, .viewer])
            #expect(Self.text(try await app.get(SiteURL.users.path(query: [("status", "invited")]))).contains("Amara Osei"))
            #expect(!Self.text(try await app.get(SiteURL.users.path(query: [("status", "invited")]))).contains("Priya Raman"))

            let page = try await app.get(link, as: nil)
            #expect(page.status == .ok)
            #expect(Self.text(page).contains("Welcome to Oversight"))
            let short = try await Self.choose(app, link, [("password", "short"), ("confirm", "short")])
            #expect(short.status == .unprocessableEntity)
            #expect(Self.text(short).contains("Password must be 12 characters or more"))
            let differ = try await Self.choose(app, link, [("password", "kinship-review-2017"), ("confirm", "kinship-review-2018")])
            #expect(Self.text(differ).contains(UserMessages.confirm))
            let chosen = try await Self.choose(app, link, [("password", "kinship-review-2017"), ("confirm", "kinship-review-2017")])
            #expect(chosen.status == .seeOther)
            #expect(chosen.location == SiteURL.signIn.path)
            _ = try await app.session("amara.osei@northshire.example", password: "kinship-review-2017")
            #expect(try await app.get(link, as: nil).status == .notFound, "a link works once")
            #expect(try await app.get(SiteURL.passwordLink(.value("x' OR 1=1 --")).path, as: nil).status == .notFound)
            #expect(Self.text(try await app.get(SiteURL.users.path(query: [("q", "amara"), ("status", "active")]))).contains("Amara Osei"))
            let audit = Self.text(try await app.get(SiteURL.audit.path))
            #expect(audit.contains("user.invite") && audit.contains("user.accept-invitation"))
        }
    }

    @Test("Names and roles change with a stale edit kept; the last active administrator can be neither disabled nor demoted")
    func rolesAndLastAdministrator() async throws {
        try await withTestApp { app in
            let admin = try await Self.user(app, Who.admin)
            let demote = try await app.post(SiteURL.editUser(.value(admin.id)).path, form: [
                ("displayName", admin.displayName), ("roles[]", "programme-manager"), ("version", String(admin.version)),
            ])
            #expect(demote.status == .unprocessableEntity)
            #expect(Self.text(demote).contains(UserMessages.lastAdministrator))
            let disable = try await app.post(SiteURL.userStatus(.value(admin.id)).path, form: [("active", "no")])
            #expect(disable.status == .unprocessableEntity)
            #expect(try await Self.user(app, Who.admin).isActive)

            let viewer = try await Self.user(app, Who.viewer)
            let saved = try await app.post(SiteURL.editUser(.value(viewer.id)).path, form: [
                ("displayName", "Vic Viewer"), ("roles[]", "viewer"), ("roles[]", "board-member"), ("version", String(viewer.version)),
            ])
            #expect(saved.status == .seeOther)
            #expect(try await Self.user(app, Who.viewer).roles == [.viewer, .boardMember])
            let stale = try await app.post(SiteURL.editUser(.value(viewer.id)).path, form: [
                ("displayName", "Victoria Viewer"), ("roles[]", "viewer"), ("version", String(viewer.version)),
            ])
            #expect(stale.status == .conflict)
            #expect(Self.text(stale).contains("value=\"Victoria Viewer\""), "the person's words are kept")
            #expect(try await Self.user(app, Who.viewer).displayName == "Vic Viewer")

            // With a second administrator, the first may be demoted.
            let pm = try await Self.user(app, Who.programmeManager)
            #expect(try await app.post(SiteURL.editUser(.value(pm.id)).path, form: [
                ("displayName", pm.displayName), ("roles[]", "administrator"), ("roles[]", "programme-manager"), ("version", String(pm.version)),
            ]).status == .seeOther)
            #expect(try await app.post(SiteURL.userStatus(.value(admin.id)).path, form: [("active", "no")], as: Who.programmeManager).status
                == .seeOther)
            #expect(try await Self.user(app, Who.admin).isActive == false)
        }
    }

    @Test("Sessions end, a disabled user is locked out and let back, and a new password revokes API tokens unless kept")
    func sessionsTokensAndReset() async throws {
        try await withTestApp { app in
            let viewer = try await Self.user(app, Who.viewer)
            #expect(try await app.get(SiteURL.councils.path, as: Who.viewer).status == .ok)
            let token = try await CreateAPIToken(dependencies: app.oversight.dependencies)(for: viewer, name: "Power BI", by: .commandLine, on: app.db)
            let page = Self.text(try await app.get(SiteURL.user(.value(viewer.id)).path))
            #expect(page.contains("Signed in on 1 browser"))
            #expect(page.contains("Power BI"))

            #expect(try await app.post(SiteURL.userSessions(.value(viewer.id)).path, form: []).status == .seeOther)
            #expect(try await app.get(SiteURL.councils.path, as: Who.viewer).status == .seeOther, "the viewer's session has ended")
            #expect(try await app.post(SiteURL.userSessions(.value(viewer.id)).path, form: []).status == .notFound, "none left to end")

            let link = try Self.linkPath(Self.text(try await app.post(SiteURL.userPasswordLink(.value(viewer.id)).path, form: [])))
            #expect(Self.text(try await app.get(link, as: nil)).contains("Keep my API tokens working"))
            let chosen = try await Self.choose(app, link, [("password", "scrutiny-panel-2017"), ("confirm", "scrutiny-panel-2017")])
            #expect(chosen.status == .seeOther)
            let tokens = try await AccountStore.tokens(for: viewer.id, on: app.db)
            #expect(tokens.count == 1 && tokens[0].revokedAt != nil, "a new password revokes the user's tokens")
            _ = token

            #expect(try await app.post(SiteURL.userStatus(.value(viewer.id)).path, form: [("active", "no")]).status == .seeOther)
            #expect(try await Self.user(app, Who.viewer).isActive == false)
            #expect(Self.text(try await app.get(SiteURL.users.path(query: [("status", "disabled")]))).contains("Viewer"))
            #expect(try await app.post(SiteURL.userPasswordLink(.value(viewer.id)).path, form: []).status == .conflict)
            #expect(try await app.post(SiteURL.userStatus(.value(viewer.id)).path, form: [("active", "yes")]).status == .seeOther)
            #expect(try await Self.user(app, Who.viewer).isActive)
            #expect(try await app.post(SiteURL.userStatus(.value(viewer.id)).path, form: [("active", "maybe")]).status == .badRequest)
            for refused in [SiteURL.users.path(query: [("role", "superuser")]), SiteURL.users.path(query: [("status", "gone")])] {
                #expect(try await app.get(refused).status == .badRequest, "\(refused)")
            }
        }
    }

    @Test("A person changes their own password: the current one first; then they are signed out everywhere, and their tokens revoked unless kept")
    func ownPassword() async throws {
        try await withTestApp { app in
            let lead = try await Self.user(app, Who.contributor)
            let page = try await app.get(SiteURL.changePassword.path, as: Who.contributor)
            #expect(page.status == .ok)
            #expect(Self.text(page).contains("href=\"/account/password\""), "the header links to it")
            let wrong = try await app.post(SiteURL.changePassword.path, form: [
                ("current", "not-my-password"), ("password", "front-line-practice-17"), ("confirm", "front-line-practice-17"),
            ], as: Who.contributor)
            #expect(wrong.status == .unprocessableEntity)
            #expect(Self.text(wrong).contains(UserMessages.currentPasswordWrong))
            let weak = try await app.post(SiteURL.changePassword.path, form: [
                ("current", DemoCouncil.password), ("password", "password1234"), ("confirm", "password1234"),
            ], as: Who.contributor)
            #expect(Self.text(weak).contains("Choose a password that is harder to guess"))

            _ = try await CreateAPIToken(dependencies: app.oversight.dependencies)(for: lead, name: "Tracker", by: .commandLine, on: app.db)
            let changed = try await app.post(SiteURL.changePassword.path, form: [
                ("current", DemoCouncil.password), ("password", "front-line-practice-17"), ("confirm", "front-line-practice-17"), ("keepTokens", "yes"),
            ], as: Who.contributor)
            #expect(changed.status == .seeOther)
            #expect(changed.location == SiteURL.signIn.path)
            #expect(try await app.get(SiteURL.councils.path, as: Who.contributor).status == .seeOther, "signed out everywhere")
            let hash = try #require(try await AccountStore.find(email: Who.contributor, on: app.db)).passwordHash
            #expect(app.oversight.dependencies.verifyPassword("front-line-practice-17", hash))
            #expect(try await AccountStore.tokens(for: lead.id, on: app.db).allSatisfy { $0.revokedAt == nil }, "kept, as asked")

            // On the server's command line the same: tokens revoked unless --keep-tokens.
            let revoked = try await SetPassword(dependencies: app.oversight.dependencies)(
                email: Who.contributor, password: "second-change-2017", by: .commandLine, on: app.db)
            #expect(revoked == 1)
            #expect(try await AccountStore.tokens(for: lead.id, on: app.db).allSatisfy { $0.revokedAt != nil })
        }
    }

    @Test("A link dies with a new password or a disable; an invited administrator does not keep the last one in post; a new link for someone invited is an invitation")
    func linksAndTheLastAdministrator() async throws {
        try await withTestApp { app in
            let viewer = try await Self.user(app, Who.viewer)
            let first = try Self.linkPath(Self.text(try await app.post(SiteURL.userPasswordLink(.value(viewer.id)).path, form: [])))
            #expect(try await app.post(SiteURL.userStatus(.value(viewer.id)).path, form: [("active", "no")]).status == .seeOther)
            #expect(try await app.post(SiteURL.userStatus(.value(viewer.id)).path, form: [("active", "yes")]).status == .seeOther)
            #expect(try await app.get(first, as: nil).status == .notFound, "disabling ends the link, and enabling does not bring it back")
            let second = try Self.linkPath(Self.text(try await app.post(SiteURL.userPasswordLink(.value(viewer.id)).path, form: [])))
            try await SetPassword(dependencies: app.oversight.dependencies)(email: Who.viewer, password: "committee-room-2017",
                                                                           by: .commandLine, on: app.db)
            #expect(try await app.get(second, as: nil).status == .notFound, "a new password ends the link")

            let grace = try await Self.user(app, "grace.adeyemi@northshire.example")
            let again = Self.text(try await app.post(SiteURL.userPasswordLink(.value(grace.id)).path, form: []))
            #expect(again.contains("Grace Adeyemi is invited") && again.contains("They cannot sign in until they have chosen a password"))

            let invited = try await app.post(SiteURL.newUser.path, form: [
                ("email", "deputy.admin@northshire.example"), ("displayName", "Deputy Administrator"), ("roles[]", "administrator"),
            ])
            #expect(invited.status == .created)
            let admin = try await Self.user(app, Who.admin)
            let demote = try await app.post(SiteURL.editUser(.value(admin.id)).path, form: [
                ("displayName", admin.displayName), ("roles[]", "viewer"), ("version", String(admin.version)),
            ])
            #expect(demote.status == .unprocessableEntity, "an administrator who has not arrived cannot manage users")
            #expect(Self.text(demote).contains(UserMessages.lastAdministrator))
        }
    }

    @Test("Guessing the current password is slowed like guessing at sign-in")
    func passwordChangeThrottled() async throws {
        try await withTestApp { app in
            var statuses: [HTTPStatus] = []
            for _ in 0..<5 {
                statuses.append(try await app.post(SiteURL.changePassword.path, form: [
                    ("current", "guess-\(statuses.count)"), ("password", "front-line-practice-17"), ("confirm", "front-line-practice-17"),
                ], as: Who.board).status)
            }
            #expect(statuses.prefix(3).allSatisfy { $0 == .unprocessableEntity }, "\(statuses)")
            #expect(statuses.last == .tooManyRequests, "\(statuses)")
            #expect(Self.text(try await app.get(SiteURL.securityEvents.path)).contains("password-change.failure"))
        }
    }
}
