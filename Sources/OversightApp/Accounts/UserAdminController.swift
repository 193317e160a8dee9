import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Users in the browser, for administrators: everything `oversight user` does on the server, and
/// more (see ADR-free `ManageUsers`): list and filter, invite, change name and roles, disable and
/// enable, send a link to choose a new password, end sessions, revoke API tokens.
enum UserAdminController {
    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.accounts.users)
        let filter = UserList.Filter(
            text: try req.queryWords(), role: try req.queryChoice("role").map { text in
                guard let role = Role(rawValue: text) else { throw QueryParameter.refusal("role", "one of the roles listed", text) }
                return role
            },
            status: try req.queryChoice("status").map { text in
                guard let status = UserList.Status(rawValue: text) else {
                    throw QueryParameter.refusal("status", "active, invited or disabled", text)
                }
                return status
            })
        let model = try await UserList.model(filter: filter, now: req.dependencies.now(), on: req.db)
        return HTMLResponse(html: UserAdminViews.list(model, context: req.viewContext))
    }

    @Sendable static func inviteForm(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.accounts.users)
        return HTMLResponse(html: UserAdminViews.inviteForm(InviteUserForm(), errors: [], context: req.viewContext))
    }

    @Sendable static func invite(req: Request) async throws -> Response {
        try await req.authorize(req.accounts.users)
        let form = try req.form(InviteUserForm.self)
        func again(_ errors: [FieldError]) async throws -> Response {
            try await HTMLResponse(status: .unprocessableEntity, html: UserAdminViews.inviteForm(form, errors: errors, context: req.viewContext))
                .encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await again(errors)
        case let .valid(draft):
            do {
                let (id, secret) = try await ManageUsers(dependencies: req.dependencies).invite(draft, by: req.actor, on: req.db)
                // Shown here once, not after a redirect: the link's secret must never travel in a cookie.
                return try await HTMLResponse(status: .created, html: UserAdminViews.linkMade(
                    draft.displayName, email: draft.email.lowercased(), user: id, link: req.baseURL + SiteURL.passwordLink(.value(secret)).path,
                    invitation: true, until: req.dependencies.now().addingTimeInterval(UserAdminStore.linkLifetime),
                    context: req.viewContext)).encodeResponse(for: req)
            } catch AccountError.emailTaken {
                return try await again([FieldError(field: "email", message: UserMessages.emailTaken(draft.email.lowercased()))])
            }
        }
    }

    @Sendable static func show(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.accounts.users)
        let user = try await req.user()
        return HTMLResponse(html: UserAdminViews.user(try await UserDetail.model(user, now: req.dependencies.now(), on: req.db),
                                                      errors: [], context: req.viewContext))
    }

    @Sendable static func editForm(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.accounts.users)
        let user = try await req.user()
        return HTMLResponse(html: UserAdminViews.editForm(UserRolesForm(user), user: user, errors: [], context: req.viewContext))
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        try await req.authorize(req.accounts.users)
        let user = try await req.user()
        var form = try req.form(UserRolesForm.self)
        func again(_ status: HTTPResponseStatus, _ errors: [FieldError], conflict: User? = nil) async throws -> Response {
            try await HTMLResponse(status: status, html: UserAdminViews.editForm(form, user: user, errors: errors, conflict: conflict,
                                                                                context: req.viewContext)).encodeResponse(for: req)
        }
        switch form.validate() {
        case let .invalid(errors): return try await again(.unprocessableEntity, errors)
        case let .valid((name, roles)):
            do {
                try await ManageUsers(dependencies: req.dependencies).setRoles(user, roles: roles, displayName: name,
                                                                                expectedVersion: req.expectedVersion(form.version),
                                                                                by: req.actor, on: req.db)
                return req.redirect(to: .user(.value(user.id)), notice: .userSaved)
            } catch StoreError.staleEdit {
                form.version = String(user.version)
                return try await again(.conflict, [], conflict: user)
            } catch ManageUsers.Refusal.lastAdministrator {
                return try await again(.unprocessableEntity, [FieldError(field: "roles", message: UserMessages.lastAdministrator)])
            }
        }
    }

    struct StatusForm: Content { var active: String? }

    @Sendable static func status(req: Request) async throws -> Response {
        try await req.authorize(req.accounts.users)
        let user = try await req.user()
        let form = try req.form(StatusForm.self)
        guard let active = ["yes": true, "no": false][form.active ?? ""] else {
            throw Abort(.badRequest, reason: "active must be yes or no, not \(String((form.active ?? "nothing").prefix(20)))")
        }
        do {
            try await ManageUsers(dependencies: req.dependencies).setActive(user, active, by: req.actor, on: req.db)
        } catch ManageUsers.Refusal.lastAdministrator {
            return try await HTMLResponse(status: .unprocessableEntity, html: UserAdminViews.user(
                try await UserDetail.model(user, now: req.dependencies.now(), on: req.db),
                errors: [FieldError(field: "status", message: UserMessages.lastAdministrator)], context: req.viewContext))
                .encodeResponse(for: req)
        }
        return req.redirect(to: .user(.value(user.id)), notice: active ? .userEnabled : .userDisabled)
    }

    @Sendable static func passwordLink(req: Request) async throws -> Response {
        try await req.authorize(req.accounts.users)
        let user = try await req.user()
        guard user.isActive else { throw Abort(.conflict, reason: "Enable the user before sending them a link to choose a password") }
        let (secret, purpose) = try await ManageUsers(dependencies: req.dependencies).resetLink(for: user, by: req.actor, on: req.db)
        return try await HTMLResponse(status: .created, html: UserAdminViews.linkMade(
            user.displayName, email: user.email, user: user.id, link: req.baseURL + SiteURL.passwordLink(.value(secret)).path,
            invitation: purpose == .invitation, until: req.dependencies.now().addingTimeInterval(UserAdminStore.linkLifetime),
            context: req.viewContext)).encodeResponse(for: req)
    }

    struct SessionsForm: Content { var session: String? }

    @Sendable static func endSessions(req: Request) async throws -> Response {
        try await req.authorize(req.accounts.users)
        let user = try await req.user()
        let form = try req.form(SessionsForm.self)
        var only: UUID?
        if let text = form.session.trimmedOrNil {
            guard let id = UUID(uuidString: text) else { throw Abort(.badRequest, reason: "session must be the id of one of the user's sessions") }
            only = id
        }
        guard try await ManageUsers(dependencies: req.dependencies).endSessions(of: user, only: only, by: req.actor, on: req.db) else {
            throw Abort(.notFound)
        }
        return req.redirect(to: .user(.value(user.id)), notice: .sessionsEnded)
    }

    @Sendable static func revokeToken(req: Request) async throws -> Response {
        try await req.authorize(req.accounts.users)
        let user = try await req.user()
        let token: APIToken.ID = try req.id(.token)
        guard try await RevokeAPIToken(dependencies: req.dependencies)(token.rawValue, owner: user.id, by: req.actor, on: req.db) else {
            throw Abort(.notFound)
        }
        return req.redirect(to: .user(.value(user.id)), notice: .tokenRevoked)
    }
}

extension Request {
    /// The user named in the path.
    func user() async throws -> User {
        guard let user = try await AccountStore.find(id(.user), on: db) else { throw Abort(.notFound) }
        return user
    }
}
