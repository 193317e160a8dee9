import Fluent
import Foundation
import OversightDomain
import SQLKit

/// Why a password link was made: to invite a new user, or to let a user choose a new password.
public enum PasswordLinkPurpose: String, Sendable, CaseIterable {
    case invitation, reset
}

/// A live password link and the user it is for.
public struct PasswordLink: Sendable, Equatable {
    public var id: UUID
    public var user: User
    public var purpose: PasswordLinkPurpose
    public var expiresAt: Date
}

/// A signed-in browser of a user, as an administrator sees it: never its token.
public struct SessionSummary: Sendable, Equatable {
    public var id: UUID
    public var createdAt: Date
    public var lastSeenAt: Date
}

/// What administering users reads and writes beyond `AccountStore`: roles, password links,
/// sessions and the count of administrators.
public enum UserAdminStore {
    /// How long a password link may be used.
    public static let linkLifetime: TimeInterval = 72 * 3600

    /// A user who has never set a password: invited, not yet arrived. Signing in refuses them.
    public static let noPassword = ""

    /// Users who have a password (they have arrived), by id.
    public static func withPassword(on db: any Database) async throws -> Set<User.ID> {
        Set(try await UserModel.query(on: db).filter(\.$passwordHash != noPassword).field(\.$id).all().compactMap { $0.id.map { .init($0) } })
    }

    /// Whether the user has chosen a password (an invited user has not).
    public static func hasPassword(_ user: User.ID, on db: any Database) async throws -> Bool {
        try await UserModel.query(on: db).filter(\.$id == user.rawValue).filter(\.$passwordHash != noPassword).count() == 1
    }

    /// Active administrators other than `user` who can sign in (an invited one who has not arrived
    /// does not count): the last may not be disabled or lose the role.
    public static func otherActiveAdministrators(than user: User.ID, on db: any Database) async throws -> Int {
        try await UserModel.query(on: db).filter(\.$active == true).filter(\.$id != user.rawValue)
            .filter(\.$passwordHash != noPassword).all()
            .filter { Role.set(from: $0.roles).contains(.administrator) }.count
    }

    /// Makes changes to users one at a time on PostgreSQL (the audit trail's own lock, taken early),
    /// so that two administrators demoting each other at once cannot both see the other still there.
    /// SQLite's one writer already does. Call first in the change, then read what the rule needs.
    public static func serialise(on change: Change) async throws {
        if let sql = change.db as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: AuditStore.lockKey))").run()
        }
    }

    public static func setRoles(_ id: User.ID, _ roles: Set<Role>, displayName: String, expectedVersion: Int, at now: Date,
                                on change: Change) async throws {
        try await VersionedUpdate.apply(UserModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now, on: change) { model in
            model.roles = Role.stored(roles)
            model.displayName = displayName
        }
    }

    // MARK: Password links

    /// Makes a link, and makes every earlier unused link of the user's unusable: only the newest works.
    public static func createLink(id: UUID, for user: User.ID, tokenHash: String, purpose: PasswordLinkPurpose, at now: Date,
                                  on change: Change) async throws {
        let db = change.written()
        try await PasswordLinkModel.query(on: db).filter(\.$user.$id == user.rawValue).filter(\.$usedAt == nil)
            .set(\.$usedAt, to: now).update()
        let model = PasswordLinkModel()
        model.id = id
        model.$user.id = user.rawValue
        model.tokenHash = tokenHash
        model.purpose = purpose.rawValue
        model.createdAt = now
        model.expiresAt = now.addingTimeInterval(linkLifetime)
        try await model.create(on: db)
    }

    /// The link with this hash if it is unused and unexpired, and its user is active.
    public static func link(tokenHash: String, at now: Date, on db: any Database) async throws -> PasswordLink? {
        guard let model = try await PasswordLinkModel.query(on: db).filter(\.$tokenHash == tokenHash).filter(\.$usedAt == nil)
            .filter(\.$expiresAt > now).with(\.$user).first(), let id = model.id, model.user.active,
            let purpose = PasswordLinkPurpose(rawValue: model.purpose) else { return nil }
        return PasswordLink(id: id, user: try model.user.toDomain(), purpose: purpose, expiresAt: model.expiresAt)
    }

    /// Marks the link used if it is still unused and unexpired; false otherwise (two tabs, a replay,
    /// or it lapsed meanwhile), and then nothing is written. One statement, so two requests with the
    /// same link cannot both use it.
    public static func useLink(_ id: UUID, at now: Date, on change: Change) async throws -> Bool {
        guard let sql = change.db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        let used = try await sql.update(PasswordLinkModel.schema).set("used_at", to: now)
            .where("id", .equal, id).where("used_at", .is, SQLLiteral.null).where("expires_at", .greaterThan, now)
            .returning("id").all()
        guard !used.isEmpty else { return false }
        change.wrote()
        return true
    }

    /// Makes every unused link of the user's unusable: a new password or a disable ends them.
    static func endLinks(of user: User.ID, at now: Date, on db: any Database) async throws {
        try await PasswordLinkModel.query(on: db).filter(\.$user.$id == user.rawValue).filter(\.$usedAt == nil)
            .set(\.$usedAt, to: now).update()
    }

    /// When the user's newest link lapses, if it is unused and live: "invited, link valid until".
    public static func pendingLinks(of user: User.ID? = nil, at now: Date, on db: any Database) async throws -> [User.ID: Date] {
        var found: [User.ID: Date] = [:]
        var query = PasswordLinkModel.query(on: db).filter(\.$usedAt == nil).filter(\.$expiresAt > now)
        if let user { query = query.filter(\.$user.$id == user.rawValue) }
        for model in try await query.all() {
            found[.init(model.$user.id)] = max(found[.init(model.$user.id)] ?? .distantPast, model.expiresAt)
        }
        return found
    }

    // MARK: Sessions and tokens

    public static func sessions(of user: User.ID, on db: any Database) async throws -> [SessionSummary] {
        try await SessionModel.query(on: db).filter(\.$user.$id == user.rawValue).sort(\.$lastSeenAt, .descending).all()
            .compactMap { model in model.id.map { SessionSummary(id: $0, createdAt: model.createdAt, lastSeenAt: model.lastSeenAt) } }
    }

    /// Ends the user's sessions (one, or all); the number ended.
    @discardableResult
    public static func endSessions(of user: User.ID, only session: UUID? = nil, on change: Change) async throws -> Int {
        var query = SessionModel.query(on: change.db).filter(\.$user.$id == user.rawValue)
        if let session { query = query.filter(\.$id == session) }
        let count = try await query.count()
        guard count > 0 else { return 0 }
        var delete = SessionModel.query(on: change.written()).filter(\.$user.$id == user.rawValue)
        if let session { delete = delete.filter(\.$id == session) }
        try await delete.delete()
        return count
    }

    /// Revokes every live token of the user; the number revoked.
    @discardableResult
    public static func revokeTokens(of user: User.ID, at now: Date, on change: Change) async throws -> Int {
        let count = try await APITokenModel.query(on: change.db).filter(\.$user.$id == user.rawValue).filter(\.$revokedAt == nil).count()
        guard count > 0 else { return 0 }
        try await APITokenModel.query(on: change.written()).filter(\.$user.$id == user.rawValue).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: now).update()
        return count
    }
}
