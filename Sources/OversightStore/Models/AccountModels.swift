import Fluent
import Foundation
import OversightDomain

/// A person who signs in. Roles are stored as comma-separated codes (see `Role.stored`).
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// Always lower-case, so that "Helen@X" and "helen@x" are one account.
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @OptionalParent(key: "person_id") var person: PersonModel?
    @Field(key: "roles") var roles: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "active") var active: Bool
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    public init() {}
}

/// A signed-in browser. Only a hash of the cookie's token is stored, so a copy of the
/// database does not let anyone take over a session.
public final class SessionModel: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    public init() {}
}

/// One failed sign-in, kept for throttling and for the audit of attacks.
public final class SignInFailureModel: Model, @unchecked Sendable {
    public static let schema = "sign_in_failures"

    @ID(key: .id) public var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "address") var address: String
    @Field(key: "at") var at: Date

    public init() {}
}

/// A bearer token for the JSON API. Only its SHA-256 is stored; the token is shown once.
public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    public init() {}
}

/// One append-only line of the audit trail. `hash` covers this entry's fields and the
/// previous entry's hash, so an edited or deleted row breaks the chain from there on.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "seq") var seq: Int
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor") var actor: String
    @Field(key: "action") var action: String
    @Field(key: "entity_type") var entityType: String
    @OptionalField(key: "entity_id") var entityID: String?
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @OptionalField(key: "address") var address: String?
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    public init() {}
}

/// A one-time link to set a password (migration 0035); only the hash of its secret is stored.
public final class PasswordLinkModel: Model, @unchecked Sendable {
    public static let schema = "password_links"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    public init() {}
}
