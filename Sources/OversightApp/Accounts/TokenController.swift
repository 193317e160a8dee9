import Foundation
import OversightDomain
import OversightStore
import Vapor

/// API tokens: everyone manages their own; administrators see and revoke all.
enum TokenController {
    struct CreateForm: Content { var name: String? }

    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        let viewer = try await req.authorized(req.accounts.tokens)
        return try await page(req, viewer: viewer, newToken: nil, errors: [], name: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let viewer = try await req.authorized(req.accounts.tokens)
        let form = try req.form(CreateForm.self)
        guard let name = form.name.trimmedOrNil, name.count <= 100 else {
            let message = form.name.trimmedOrNil == nil ? AccountMessages.tokenName
                : AccountMessages.tokenNameTooLong
            var response = try await page(req, viewer: viewer, newToken: nil,
                                          errors: [FieldError(field: "name", message: message)], name: form.name)
            response.status = .unprocessableEntity
            return try await response.encodeResponse(for: req)
        }
        let token = try await CreateAPIToken(dependencies: req.dependencies)(
            for: viewer.user, name: name, by: req.actor, on: req.db)
        // Shown here once, not after a redirect: the token must never travel in a URL or cookie.
        var response = try await page(req, viewer: viewer, newToken: token, errors: [], name: nil)
        response.status = .created
        return try await response.encodeResponse(for: req)
    }

    @Sendable static func revoke(req: Request) async throws -> Response {
        let viewer = try await req.authorized(req.accounts.tokens)
        let id: APIToken.ID = try req.id(.token)
        let owner = req.accounts.allTokens ? nil : viewer.user.id
        guard try await RevokeAPIToken(dependencies: req.dependencies)(id.rawValue, owner: owner, by: req.actor,
                                                                       on: req.db) else {
            throw Abort(.notFound)
        }
        return req.redirect(to: SiteURL.tokens.path, redirectType: .normal)
    }

    private static func page(_ req: Request, viewer: Viewer, newToken: String?, errors: [FieldError],
                             name: String?) async throws -> HTMLResponse {
        let all = req.accounts.allTokens
        let tokens = try await AccountStore.tokens(for: all ? nil : viewer.user.id, on: req.db)
        return HTMLResponse(html: AccountViews.tokens(tokens, showOwners: all, newToken: newToken, errors: errors,
                                                      name: name, context: req.viewContext, now: req.dependencies.now()))
    }
}

