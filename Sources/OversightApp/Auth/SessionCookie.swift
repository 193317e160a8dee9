import Foundation
import OversightDomain
import OversightStore
import Vapor

enum SessionCookie {
    static let name = "ov_session"

    static func value(_ token: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}
