import Foundation
import OversightDomain
import Vapor

struct CSRFMiddleware: AsyncMiddleware {
    /// Room for the most files one update may carry, each at the limit, plus the form's text.
    static let uploadBodyLimit = EvidenceRules.maxFiles * EvidenceRules.maxBytes + 1024 * 1024

    /// The most anyone not signed in may post: the sign-in form is the only form they have.
    static let anonymousBodyLimit = 16 * 1024

    /// The most a form at `path` may send, and what to tell someone who sends more. Decided after
    /// the session is known: a visitor who is not signed in may send only `anonymousBodyLimit`.
    static func bodyLimit(for path: String, signedIn: Bool) -> (bytes: Int, refusal: String) {
        bodyLimit(for: path, viewer: signedIn ? { _ in true } : nil)
    }

    /// The permission an upload form's handler asks for: someone without it may send only an
    /// ordinary form's worth, so that no signed-in user can make the server hold 50 MB for nothing.
    static func uploadPermission(for path: String) -> Permission? {
        if path.hasSuffix("/plans/import") { return .editPlans }
        if path.hasSuffix("/risks/import") { return .manageRisks }
        if path.hasSuffix("/scorecard/import") { return .importIndicators }
        if path.hasSuffix("/updates/new") { return .submitOwnUpdates }
        if path.hasSuffix("/appendices/new") { return .editReports }
        if path.hasSuffix("/documents") { return .manageSelfAssessment }
        return nil
    }

    static func bodyLimit(for path: String, viewer can: ((Permission) -> Bool)?) -> (bytes: Int, refusal: String) {
        guard let can else { return (anonymousBodyLimit, "What you sent is too large for this form.") }
        if let needed = uploadPermission(for: path), !can(needed) {
            return (2 * 1024 * 1024, "What you sent is too large: a form may send up to 2 MB.")
        }
        if path.hasSuffix("/plans/import") {
            return (OversightAdmin.maxPlanFileBytes + 1024 * 1024,
                    "The file is too large: a plan tracker must be \(EvidenceRules.sizeLabel(OversightAdmin.maxPlanFileBytes)) or smaller. Save the plan's sheet on its own as a workbook or CSV file and upload that.")
        }
        if path.hasSuffix("/risks/import") {
            return (uploadBodyLimit, "The file is too large: a risk log must be \(EvidenceRules.sizeLabel(uploadBodyLimit - 1024 * 1024)) or smaller. Split it into several files and import each.")
        }
        if path.hasSuffix("/scorecard/import") {
            return (uploadBodyLimit, "The file is too large: a file of figures must be \(EvidenceRules.sizeLabel(uploadBodyLimit - 1024 * 1024)) or smaller. Split it into several files and import each.")
        }
        if path.hasSuffix("/updates/new") || path.hasSuffix("/appendices/new") || path.hasSuffix("/documents") {
            return (uploadBodyLimit, "What you sent is too large. Each evidence file must be \(EvidenceRules.sizeLabel(EvidenceRules.maxBytes)) or smaller, and one update can carry \(EvidenceRules.maxFiles) files.")
        }
        return (2 * 1024 * 1024, "What you sent is too large: a form may send up to 2 MB.")
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST, !request.url.path.hasPrefix("/api/") else {
            return try await respondSettingCookie(request, next)
        }
        // Global middleware runs before Vapor collects the body for the route. Only forms that carry
        // files have a larger limit, each with a refusal that says what to do instead.
        let viewer = request.viewer
        let (limit, refusal) = Self.bodyLimit(for: request.url.path, viewer: viewer.map { viewer in { viewer.can($0) } })
        let tooLarge = Abort(.payloadTooLarge, reason: refusal)
        // Refuse on the declared length before reading anything, and on the bytes actually sent.
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit { throw tooLarge }
        do {
            let body = try await request.body.collect(max: limit).get()
            if (body?.readableBytes ?? 0) > limit { throw tooLarge }
        } catch {
            throw tooLarge
        }
        let submitted = (try? request.content.decode(CSRF.Field.self))?._csrf ?? ""
        let expected: String? = request.viewer?.csrfToken ?? request.cookies[CSRF.cookieName]?.string
        guard let expected, !expected.isEmpty, constantTimeEqual(submitted, expected) else {
            // A security event, not an audit entry: nothing changed, so no cache need empty.
            // A password link's secret is not written down, even in a refusal.
            let path = request.url.path.hasPrefix("/password/") ? "/password/…" : String(request.url.path.prefix(300))
            await request.recordSecurityEvent("csrf.refused", detail: "POST \(path)")
            throw Abort(.forbidden, reason: "This form has expired. Go back, reload the page and try again.")
        }
        return try await respondSettingCookie(request, next)
    }

    /// A page that printed an anonymous token sets the cookie it must match.
    private func respondSettingCookie(_ request: Request, _ next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.viewer == nil, let token = request.storage[AnonymousCSRFKey.self],
           request.cookies[CSRF.cookieName]?.string != token {
            response.cookies[CSRF.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: request.isHTTPS, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
