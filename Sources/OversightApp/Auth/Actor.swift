import Foundation
import NIOConcurrencyHelpers
import OversightDomain
import Vapor

/// Who did something, as the audit trail records it.
public struct Actor: Sendable {
    public var userID: User.ID?
    public var label: String
    public var address: String?

    public init(userID: User.ID?, label: String, address: String?) {
        self.userID = userID
        self.label = label
        self.address = address
    }

    /// Changes made with the `oversight` command on the server itself.
    public static let commandLine = Actor(userID: nil, label: "oversight command line", address: nil)
    /// The demo council's creation at first start.
    package static let demo = Actor(userID: nil, label: "oversight demo", address: nil)

    func record(_ action: String, _ entityType: String, id: String?, before: String? = nil,
                after: String? = nil) -> AuditRecord {
        AuditRecord(actorID: userID, actor: label, action: action, entityType: entityType, entityID: id,
                    before: before, after: after, address: address)
    }
}
