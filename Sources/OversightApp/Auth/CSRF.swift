import Foundation
import OversightDomain
import Vapor

/// Cross-site request forgery protection for every form post. A signed-in browser's forms carry
/// its session's token; the sign-in form, before there is a session, uses a double-submit
/// cookie. A post without the right token is refused with 403 before any handler runs.
enum CSRF {
    static let fieldName = "_csrf"
    static let cookieName = "ov_csrf"

    struct Field: Decodable { var _csrf: String? }
}
