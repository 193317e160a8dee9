/// Someone who signs in. A user may be linked to a person in the directory.
public struct User: Hashable, Sendable {
    public typealias ID = Identifier<User>

    public var id: ID
    public var email: String
    public var displayName: String
    public var personID: Person.ID?
    public var roles: Set<Role>
    public var isActive: Bool
    public var version: Int

    public init(id: ID, email: String, displayName: String, personID: Person.ID?, roles: Set<Role>,
                isActive: Bool, version: Int) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.personID = personID
        self.roles = roles
        self.isActive = isActive
        self.version = version
    }

    public func can(_ permission: Permission) -> Bool { isActive && AccessPolicy.allows(roles, permission) }
}

/// One thing that happened, as the audit trail records it. `before` and `after` are JSON
/// snapshots of the record where there is one.
public struct AuditRecord: Equatable, Sendable {
    public var actorID: User.ID?
    /// Who, as a person reads it: an email address, "oversight command line" or "anonymous".
    public var actor: String
    /// What, as a dotted verb: "person.create", "sign-in.failure", "permission.refused".
    public var action: String
    public var entityType: String
    public var entityID: String?
    public var before: String?
    public var after: String?
    public var address: String?

    public init(actorID: User.ID?, actor: String, action: String, entityType: String, entityID: String? = nil,
                before: String? = nil, after: String? = nil, address: String? = nil) {
        self.actorID = actorID
        self.actor = actor
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.before = before
        self.after = after
        self.address = address
    }
}

/// A bearer token for the JSON API; only its identifier is ever shown after creation.
public enum APIToken {
    public typealias ID = Identifier<APIToken>
}
