import Foundation
import NIOConcurrencyHelpers
import OversightDomain
import Vapor

/// The signed-in user of this request, with what the page needs to offer them.
struct Viewer: Sendable {
    var user: User
    /// The session's CSRF token, printed in every form; nil for API token requests.
    var csrfToken: String?
    var sessionID: UUID?

    func can(_ permission: Permission) -> Bool { user.can(permission) }
}

extension Request {
    var viewer: Viewer? {
        get { storage[ViewerKey.self] }
        set { storage[ViewerKey.self] = newValue }
    }

    /// The signed-in user, or a refusal. Pages behind `RequireSignIn` always have one.
    func signedIn() throws -> Viewer {
        guard let viewer else { throw Abort(.unauthorized) }
        return viewer
    }

    var actor: Actor {
        Actor(userID: viewer?.user.id, label: viewer?.user.email ?? "anonymous", address: clientAddress)
    }

    /// The address to throttle and record: the peer's, or where a trusted proxy (a setting,
    /// `OVERSIGHT_TRUSTED_PROXIES`) says the request came from. `X-Forwarded-For` from anyone else
    /// is ignored, since any client can write it.
    var clientAddress: String {
        application.oversight.edge.trustedProxies.client(peer: remoteAddress?.ipAddress,
                                                         forwardedFor: headers[.xForwardedFor])
    }

    /// The address seems to be a trusted proxy's own: it did not say who the client was, so the
    /// address stands for everyone behind it.
    var clientIsProxy: Bool {
        application.oversight.edge.trustedProxies.trusts(clientAddress)
    }

    /// Over TLS, as this server or a trusted proxy in front of it says. A proxy that appends to
    /// `X-Forwarded-Proto` writes its own value last, after anything a client sent.
    var isHTTPS: Bool {
        if url.scheme == "https" { return true }
        guard let peer = remoteAddress?.ipAddress, application.oversight.edge.trustedProxies.trusts(peer) else {
            if !headers[.xForwardedProto].isEmpty || !headers[.xForwardedFor].isEmpty { ForwardedHeaderWarning.once(logger) }
            return false
        }
        let last = headers[.xForwardedProto].flatMap { $0.split(separator: ",") }.last
        return last?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }

    /// The CSRF token to print in this page's forms: the session's, or for a visitor who is not
    /// signed in (the sign-in form), the double-submit cookie's.
    var csrfToken: String {
        if let token = viewer?.csrfToken { return token }
        if let token = storage[AnonymousCSRFKey.self] { return token }
        let token = cookies[CSRF.cookieName]?.string ?? application.oversight.dependencies.randomToken()
        storage[AnonymousCSRFKey.self] = token
        return token
    }

    /// Acts on a policy's decision: nothing when allowed; a recorded refusal, or a 403 saying why
    /// not now, otherwise.
    func authorize(_ decision: Authorisation) async throws {
        switch decision {
        case .allowed: return
        case let .refused(permission):
            _ = try signedIn()
            throw try await refuse(permission)
        case let .notNow(reason): throw Abort(.forbidden, reason: reason)
        }
    }

    /// Acts on a policy's decision and returns the signed-in viewer it allowed, for handlers that
    /// go on to act as that person.
    func authorized(_ decision: Authorisation) async throws -> Viewer {
        try await authorize(decision)
        return try signedIn()
    }

    /// Records a refusal and returns the 403 to throw. The refusal is a security event, so it never
    /// moves the audit trail's head.
    private func refuse(_ permission: Permission) async throws -> Abort {
        await recordSecurityEvent("permission.refused",
                                  detail: "\(permission.rawValue): \(method.rawValue) \(String(url.path.prefix(300)))")
        return Abort(.forbidden, reason: "You do not have permission to do that")
    }
}
