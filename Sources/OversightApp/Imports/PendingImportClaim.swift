import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

extension PendingImportStore {
    /// What a browser import runs first inside its transaction: the uploaded file is taken, so
    /// that a second confirmation of it (a double click, another tab) stops with 409 and writes
    /// nothing, rather than importing it twice.
    static func claim(_ id: UUID, council: Council.ID, user: User.ID) -> @Sendable (Change) async throws -> Void {
        { change in
            guard try await take(id, council: council, user: user, on: change) else {
                throw Abort(.conflict, reason: "This file has been imported already, or its upload has expired. Check what it brought in before uploading it again.")
            }
        }
    }
}
