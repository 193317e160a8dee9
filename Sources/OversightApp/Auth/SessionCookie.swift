import Foundation
import OversightDomain
import OversightStore
import Vapor

package enum SessionCookie {
    package static let name = "ov_session"

    package static func value(_ token: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}
