import Fluent
import Foundation

/// One append-only security event: a refused or throttled sign-in, a refused form (CSRF) or a
/// refused permission. Chained by `hash` like the audit trail, in a chain of its own.
public final class SecurityEventModel: Model, @unchecked Sendable {
    public static let schema = "security_events"

    @ID(key: .id) public var id: UUID?
    @Field(key: "seq") var seq: Int
    @Field(key: "at") var at: Date
    @Field(key: "kind") var kind: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor") var actor: String
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "detail") var detail: String?
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    public init() {}
}
