import OversightDomain
import Vapor

/// Every "may this person do this" question for accounts: API tokens and locked-out sign-ins.
struct AccountPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    /// Creating and revoking one's own API tokens.
    var tokens: Authorisation { .permission(.manageOwnTokens, viewer) }

    /// Whether the token list and revocation reach everyone's tokens, not only the viewer's own.
    var allTokens: Bool { viewer?.can(.manageAllTokens) == true }

    /// Managing users, such as clearing a locked-out address.
    var users: Authorisation { .permission(.manageUsers, viewer) }
}

extension Request {
    /// The accounts policy for this request's viewer.
    var accounts: AccountPolicy { AccountPolicy(viewer) }
}

extension ViewContext {
    /// The accounts policy for the page's viewer: what to offer.
    var accounts: AccountPolicy { AccountPolicy(viewer) }
}
