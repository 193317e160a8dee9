import Foundation
import OversightDomain
import OversightStore
import Vapor

/// The audit trail page, for administrators.
enum AuditController {
    static let perPage = 50

    /// The page's filter from the address; its spreadsheet download uses the same.
    static func filter(_ req: Request) -> AuditStore.Filter {
        AuditStore.Filter(action: req.query[String.self, at: "action"].trimmedOrNil,
                          actor: req.query[String.self, at: "actor"].trimmedOrNil,
                          entityType: req.query[String.self, at: "type"].trimmedOrNil)
    }

    @Sendable static func list(req: Request) async throws -> HTMLResponse {
        try await req.authorize(req.operations.audit)
        let page = try req.pageNumber()
        let filter = self.filter(req)
        let (entries, total) = try await AuditStore.list(filter, limit: perPage, offset: (page - 1) * perPage, on: req.db)
        return HTMLResponse(html: AccountViews.audit(entries, total: total, page: page, perPage: perPage, filter: filter,
                                                     context: req.viewContext))
    }
}
