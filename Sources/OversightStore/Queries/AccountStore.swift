import Fluent
import Foundation
import OversightDomain

public struct UserDraft: Equatable, Sendable, Codable {
    public var email: String
    public var displayName: String
    public var personID: Person.ID?
    public var roles: Set<Role>

    public init(email: String, displayName: String, personID: Person.ID? = nil, roles: Set<Role>) {
        self.email = email
        self.displayName = displayName
        self.personID = personID
        self.roles = roles
    }
}

/// A signed-in session with its user, as the session middleware needs it.
public struct SessionRecord: Sendable {
    public var id: UUID
    public var user: User
    public var csrfToken: String
    public var createdAt: Date
    public var lastSeenAt: Date
}

public struct APITokenRecord: Equatable, Sendable {
    public var id: UUID
    public var user: User
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    public init(id: UUID, user: User, name: String, createdAt: Date, lastUsedAt: Date?, revokedAt: Date?) {
        self.id = id
        self.user = user
        self.name = name
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}

public enum AccountStore {
    // MARK: Users

    public static func count(on db: any Database) async throws -> Int { try await UserModel.query(on: db).count() }

    public static func all(on db: any Database) async throws -> [User] {
        try await UserModel.query(on: db).sort(\.$email).all().map { try $0.toDomain() }
    }

    public static func find(email: String, on db: any Database) async throws -> (user: User, passwordHash: String)? {
        guard let model = try await UserModel.query(on: db).filter(\.$email == email.lowercased()).first() else {
            return nil
        }
        return (try model.toDomain(), model.passwordHash)
    }

    public static func find(_ id: User.ID, on db: any Database) async throws -> User? {
        try await UserModel.find(id.rawValue, on: db)?.toDomain()
    }

    public static func create(_ draft: UserDraft, id: User.ID, passwordHash: String, at now: Date,
                              on change: Change) async throws {
        let db = change.written()
        let model = UserModel()
        model.id = id.rawValue
        model.email = draft.email.lowercased()
        model.displayName = draft.displayName
        model.$person.id = draft.personID?.rawValue
        model.roles = Role.stored(draft.roles)
        model.passwordHash = passwordHash
        model.active = true
        try await translatingConstraintFailures(field: "email") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func setPassword(_ id: User.ID, hash: String, at now: Date, on change: Change) async throws {
        let db = change.written()
        try await UserModel.query(on: db).filter(\.$id == id.rawValue)
            .set(\.$passwordHash, to: hash).set(\.$updatedAt, to: now).update()
        // A new password ends every session that was signed in with the old one, and every unused link.
        try await SessionModel.query(on: db).filter(\.$user.$id == id.rawValue).delete()
        try await UserAdminStore.endLinks(of: id, at: now, on: db)
    }

    public static func setActive(_ id: User.ID, _ active: Bool, at now: Date, on change: Change) async throws {
        let db = change.written()
        try await UserModel.query(on: db).filter(\.$id == id.rawValue)
            .set(\.$active, to: active).set(\.$updatedAt, to: now).update()
        if !active {
            try await SessionModel.query(on: db).filter(\.$user.$id == id.rawValue).delete()
            try await UserAdminStore.endLinks(of: id, at: now, on: db)
            try await APITokenModel.query(on: db).filter(\.$user.$id == id.rawValue).filter(\.$revokedAt == nil)
                .set(\.$revokedAt, to: now).update()
        }
    }

    // MARK: Sessions

    public static func createSession(tokenHash: String, csrfToken: String, for user: User.ID, id: UUID, at now: Date,
                                     on housekeeping: Housekeeping) async throws {
        let db = housekeeping.db
        let model = SessionModel()
        model.id = id
        model.tokenHash = tokenHash
        model.$user.id = user.rawValue
        model.csrfToken = csrfToken
        model.createdAt = now
        model.lastSeenAt = now
        try await model.create(on: db)
    }

    public static func session(tokenHash: String, on db: any Database) async throws -> SessionRecord? {
        guard let model = try await SessionModel.query(on: db).filter(\.$tokenHash == tokenHash).with(\.$user).first(),
              let id = model.id else { return nil }
        return SessionRecord(id: id, user: try model.user.toDomain(), csrfToken: model.csrfToken,
                             createdAt: model.createdAt, lastSeenAt: model.lastSeenAt)
    }

    public static func touchSession(_ id: UUID, at now: Date, on housekeeping: Housekeeping) async throws {
        let db = housekeeping.db
        try await SessionModel.query(on: db).filter(\.$id == id).set(\.$lastSeenAt, to: now).update()
    }

    public static func deleteSession(_ id: UUID, on housekeeping: Housekeeping) async throws {
        let db = housekeeping.db
        try await SessionModel.query(on: db).filter(\.$id == id).delete()
    }

    // MARK: API tokens

    public static func createToken(name: String, tokenHash: String, for user: User.ID, id: UUID, at now: Date,
                                   on change: Change) async throws {
        let db = change.written()
        let model = APITokenModel()
        model.id = id
        model.$user.id = user.rawValue
        model.name = name
        model.tokenHash = tokenHash
        model.createdAt = now
        try await model.create(on: db)
    }

    /// The live token with this hash and its user; revoked tokens and disabled users are nil.
    public static func token(hash: String, on db: any Database) async throws -> APITokenRecord? {
        guard let model = try await APITokenModel.query(on: db).filter(\.$tokenHash == hash)
            .filter(\.$revokedAt == nil).with(\.$user).first(),
            model.user.active else { return nil }
        return try model.toRecord()
    }

    public static func tokens(for user: User.ID?, on db: any Database) async throws -> [APITokenRecord] {
        var query = APITokenModel.query(on: db).with(\.$user).sort(\.$createdAt, .descending)
        if let user { query = query.filter(\.$user.$id == user.rawValue) }
        return try await query.all().map { try $0.toRecord() }
    }

    public static func touchToken(_ id: UUID, at now: Date, on housekeeping: Housekeeping) async throws {
        let db = housekeeping.db
        try await APITokenModel.query(on: db).filter(\.$id == id).set(\.$lastUsedAt, to: now).update()
    }

    /// Revokes a live token; false when there was none (already revoked or another user's).
    public static func revokeToken(_ id: UUID, of user: User.ID?, at now: Date, on change: Change) async throws -> Bool {
        // Nothing is written when there is no such live token, so the change needs no entry then.
        var query = APITokenModel.query(on: change.db).filter(\.$id == id).filter(\.$revokedAt == nil)
        if let user { query = query.filter(\.$user.$id == user.rawValue) }
        guard try await query.count() == 1 else { return false }
        try await APITokenModel.query(on: change.written()).filter(\.$id == id).set(\.$revokedAt, to: now).update()
        return true
    }
}

extension UserModel {
    func toDomain() throws -> User {
        guard let id else { throw StoreError.corrupt("user without id") }
        return User(id: .init(id), email: email, displayName: displayName, personID: $person.id.map { .init($0) },
                    roles: Role.set(from: roles), isActive: active, version: version)
    }
}

extension APITokenModel {
    func toRecord() throws -> APITokenRecord {
        guard let id else { throw StoreError.corrupt("token without id") }
        return APITokenRecord(id: id, user: try user.toDomain(), name: name, createdAt: createdAt,
                              lastUsedAt: lastUsedAt, revokedAt: revokedAt)
    }
}
