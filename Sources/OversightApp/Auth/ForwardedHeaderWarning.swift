import Foundation
import NIOConcurrencyHelpers
import OversightDomain
import Vapor

/// Forwarded headers from a peer that is not a trusted proxy are ignored; an operator who put a
/// proxy in front without naming it should hear of it once, not find out from insecure cookies.
enum ForwardedHeaderWarning {
    private static let warned = NIOLockedValueBox(false)

    static func once(_ logger: Logger) {
        guard warned.withLockedValue({ warned in defer { warned = true }; return !warned }) else { return }
        logger.warning("X-Forwarded-For or X-Forwarded-Proto came from a peer that is not a trusted proxy, and was ignored. If Oversight runs behind a proxy, name it in OVERSIGHT_TRUSTED_PROXIES, or cookies will not be marked Secure and sign-in throttling will count everyone as the proxy.")
    }
}
