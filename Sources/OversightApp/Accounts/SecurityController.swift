import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Security events and sign-in throttling, for administrators: who is being slowed now, with a
/// way to clear it, and every refused sign-in, form and permission, newest first.
enum SecurityController {
    static let perPage = 50

    struct ClearForm: Content {
        var account: String?
        var address: String?
    }

    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.operations.audit)
        let page = try req.pageNumber()
        let filter = SecurityEventStore.Filter(kind: req.queryText("kind").map { String($0.prefix(100)) },
                                               actor: req.queryText("actor").map { String($0.prefix(320)) },
                                               address: req.queryText("address").map { String($0.prefix(100)) })
        let (events, total) = try await SecurityEventStore.list(filter, limit: perPage, offset: (page - 1) * perPage, on: req.db)
        let now = req.dependencies.now()
        let slowed = try await SecurityEventStore.slowed(since: now.addingTimeInterval(-SignInThrottle.windowSeconds), on: req.db)
        return HTMLResponse(html: SecurityViews.page(SecurityViews.Model(
            events: events, total: total, paging: Paging(page: page, perPage: perPage, total: total), filter: filter,
            accounts: slowed.accounts, addresses: slowed.addresses, now: now), context: req.viewContext))
    }

    @Sendable static func clear(req: Request) async throws -> Response {
        // Letting someone sign in again is managing users, not reading the trail.
        try await req.authorize(req.accounts.users)
        let form = try req.form(ClearForm.self)
        let account = form.account.trimmedOrNil.map { String($0.prefix(320)) }
        let address = form.address.trimmedOrNil.map { String($0.prefix(100)) }
        guard account != nil || address != nil else {
            throw Abort(.badRequest, reason: AccountMessages.clearThrottle)
        }
        let record = req.actor.record("sign-in.throttle.clear", account == nil ? "address" : "user",
                                      id: account ?? address)
        try await Audit.recording(record, touching: [.accounts], on: req.db, dependencies: req.dependencies) { change in
            try await SecurityEventStore.clearFailures(email: account, address: address, on: change)
        }
        return req.redirect(to: .securityEvents, notice: .throttleCleared)
    }
}
