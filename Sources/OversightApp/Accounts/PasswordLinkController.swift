import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Where an invitation or reset link leads: the person chooses a password, then signs in with it.
/// The link's secret is its key: a link that is unknown, used, lapsed (72 hours) or for a disabled
/// user answers 404 with a page that says what to do, and nothing says which of those it was.
enum PasswordLinkController {
    @Sendable static func form(req: Request) async throws -> Response {
        let (link, secret) = try await self.link(req)
        return try await HTMLResponse(html: UserAdminViews.choosePassword(link, secret: secret, errors: [], context: req.viewContext))
            .encodeResponse(for: req)
    }

    @Sendable static func choose(req: Request) async throws -> Response {
        let (link, secret) = try await self.link(req)
        let form = try req.form(ChoosePasswordForm.self)
        switch form.validate() {
        case let .invalid(errors):
            return try await HTMLResponse(status: .unprocessableEntity, html: UserAdminViews.choosePassword(link, secret: secret, errors: errors,
                                                                                                          context: req.viewContext))
                .encodeResponse(for: req)
        case let .valid(password):
            guard try await ManageUsers(dependencies: req.dependencies).setPassword(
                through: link, password: password, keepTokens: form.keepTokens == "yes", address: req.clientAddress, on: req.db) else {
                throw Abort(.notFound, reason: UserMessages.linkGone)
            }
            return req.redirect(to: .signIn, notice: .passwordChosen)
        }
    }

    /// The live link the path names. Anything that is not a secret's shape is refused before the database.
    private static func link(_ req: Request) async throws -> (PasswordLink, secret: String) {
        guard let secret = req.parameters.get(SiteURL.Key.secret.rawValue), (20...100).contains(secret.count),
              secret.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
              let link = try await UserAdminStore.link(tokenHash: sha256Hex(secret), at: req.dependencies.now(), on: req.db) else {
            throw Abort(.notFound, reason: UserMessages.linkGone)
        }
        return (link, secret)
    }
}
