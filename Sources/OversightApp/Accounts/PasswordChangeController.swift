import Foundation
import OversightDomain
import OversightStore
import Vapor

/// A signed-in person changes their own password: the current one first, so that a browser left
/// signed in cannot take the account over. The change ends every session (this one too) and, unless
/// they keep them, revokes their API tokens; they sign in again with the new password.
enum PasswordChangeController {
    struct ChangeForm: Content {
        var current: String?
        var password: String?
        var confirm: String?
        var keepTokens: String?
    }

    @Sendable static func form(req: Request) async throws -> HTMLResponse {
        let viewer = try req.signedIn()
        return HTMLResponse(html: UserAdminViews.changePassword(viewer.user, errors: [], context: req.viewContext))
    }

    @Sendable static func change(req: Request) async throws -> Response {
        let viewer = try req.signedIn()
        let form = try req.form(ChangeForm.self)
        func again(_ errors: [FieldError]) async throws -> Response {
            try await HTMLResponse(status: .unprocessableEntity, html: UserAdminViews.changePassword(viewer.user, errors: errors,
                                                                                                   context: req.viewContext))
                .encodeResponse(for: req)
        }
        let current = form.current ?? ""
        guard !current.isEmpty, current.count <= 1024 else {
            return try await again([FieldError(field: "current", message: UserMessages.currentPassword)])
        }
        var chosen: String
        switch ChoosePasswordForm(password: form.password, confirm: form.confirm, keepTokens: form.keepTokens).validate() {
        case let .invalid(errors): return try await again(errors)
        case let .valid(password): chosen = password
        }
        // Guessing the current password is slowed as guessing at sign-in is, and counts with it:
        // a browser left signed in must not become a way to try passwords without limit.
        let now = req.dependencies.now()
        let email = viewer.user.email, address = req.clientAddress
        let wait = try await PasswordGuesses.wait(email: email, address: address, now: now, on: req.db)
        guard wait <= 0 else {
            await req.recordSecurityEvent("password-change.throttled", detail: "wait \(SignInThrottle.describe(seconds: wait))")
            let response = try await again([FieldError(field: "current", message: AccountMessages.throttled(wait))])
            response.status = .tooManyRequests
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
            return response
        }
        let hash = try await AccountStore.find(email: email, on: req.db)?.passwordHash ?? ""
        let dependencies = req.dependencies
        let matches: Bool
        do {
            matches = try await req.application.oversight.signInGate.check { !hash.isEmpty && dependencies.verifyPassword(current, hash) }
        } catch is SignInGate.Refusal {
            let response = try await again([FieldError(field: "current", message: AccountMessages.throttled(1))])
            response.status = .tooManyRequests
            return response
        }
        guard matches else {
            try await PasswordGuesses.recordFailure(email: email, address: address, now: now, id: dependencies.newID(), on: req.db)
            await req.recordSecurityEvent("password-change.failure", detail: "current password wrong")
            return try await again([FieldError(field: "current", message: UserMessages.currentPasswordWrong)])
        }
        _ = try await SetPassword(dependencies: req.dependencies)(email: viewer.user.email, password: chosen,
                                                                  keepTokens: form.keepTokens == "yes", by: req.actor, on: req.db)
        let response = req.redirect(to: .signIn, notice: .passwordChanged)
        response.cookies[SessionCookie.name] = .expired
        return response
    }
}
