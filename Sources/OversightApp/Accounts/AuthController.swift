import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Signing in and out.
enum AuthController {
    struct SignInForm: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    @Sendable static func form(req: Request) async throws -> Response {
        if req.viewer != nil { return req.redirect(to: SiteURL.home.path, redirectType: .normal) }
        let next = safeNext(req.query[String.self, at: "next"])
        return try await HTMLResponse(html: AccountViews.signIn(email: nil, next: next, errors: [],
                                                                context: req.viewContext)).encodeResponse(for: req)
    }

    @Sendable static func signIn(req: Request) async throws -> Response {
        let form = try req.form(SignInForm.self)
        let email = form.email.trimmedOrNil ?? ""
        let password = form.password ?? ""
        var errors: [FieldError] = []
        if email.isEmpty { errors.append(FieldError(field: "email", message: AccountMessages.email)) }
        if password.isEmpty { errors.append(FieldError(field: "password", message: AccountMessages.password)) }
        // Nothing longer is an address or a password; refused before anything is looked up or stored.
        if email.count > 320 { errors.append(FieldError(field: "email", message: AccountMessages.emailTooLong)) }
        if password.count > 1024 { errors.append(FieldError(field: "password", message: AccountMessages.passwordTooLong)) }
        let render = { (status: HTTPStatus, errors: [FieldError]) in
            try await HTMLResponse(status: status, html: AccountViews.signIn(
                email: email, next: safeNext(form.next), errors: errors, context: req.viewContext)).encodeResponse(for: req)
        }
        if !errors.isEmpty { return try await render(.unprocessableEntity, errors) }

        let services = req.application.oversight
        switch try await SignIn(dependencies: req.dependencies, budget: services.securityBudget, gate: services.signInGate)(
            email: email, password: password, address: req.clientAddress, shared: req.clientIsProxy, on: req.db) {
        case let .throttled(seconds):
            req.logger.warning("sign-in throttled", metadata: ["email": "\(email)", "address": "\(req.clientAddress)"])
            let response = try await render(.tooManyRequests, [FieldError(field: "email", message: AccountMessages.throttled(seconds))])
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(seconds.rounded(.up))))
            return response
        case .refused:
            return try await render(.unprocessableEntity, [FieldError(field: "email", message: AccountMessages.refused)])
        case let .signedIn(token):
            let response = req.redirect(to: safeNext(form.next) ?? SiteURL.home.path, redirectType: .normal)
            response.cookies[SessionCookie.name] = SessionCookie.value(token, secure: req.isHTTPS)
            response.cookies[CSRF.cookieName] = .expired
            return response
        }
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        let viewer = try req.signedIn()
        if let session = viewer.sessionID {
            try await Audit.changing(touching: [.accounts], on: req.db, dependencies: req.dependencies) { change in
                try await AccountStore.deleteSession(session, on: change.housekeeping(.session))
                change.audit(req.actor.record("sign-out", "user", id: viewer.user.id.description))
            }
        }
        let response = req.redirect(to: SiteURL.signIn.path, redirectType: .normal)
        response.cookies[SessionCookie.name] = .expired
        return response
    }

    /// Only a path on this site: never "//other.example" or "https://other.example", which
    /// would let a link send someone elsewhere after they sign in.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
              !next.contains(where: { $0.isWhitespace || $0.isNewline }) else { return nil }
        return next
    }
}

extension Request {
    var viewContext: ViewContext { ViewContext(viewer: viewer, csrfToken: csrfToken, notice: notice) }
}
