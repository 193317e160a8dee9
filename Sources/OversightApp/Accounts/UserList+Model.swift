import Fluent
import Foundation
import OversightDomain
import OversightStore

/// The users page: every user, filtered by words in their name or address, a role, and whether
/// they are active, invited (no password chosen yet) or disabled.
enum UserList {
    enum Status: String, CaseIterable {
        case active, invited, disabled

        /// Disabled first, whatever else is true; then whether they have chosen a password.
        init(active: Bool, arrived: Bool) { self = !active ? .disabled : arrived ? .active : .invited }

        var label: String {
            switch self {
            case .active: "Active"
            case .invited: "Invited"
            case .disabled: "Disabled"
            }
        }
    }

    struct Filter: Equatable {
        var text: String?
        var role: Role?
        var status: Status?
    }

    struct Row {
        var user: User
        var status: Status
        /// An invitation's link lapses then, if it is still unused.
        var linkUntil: Date?
    }

    struct Model {
        var filter: Filter
        var rows: [Row]
        var total: Int
    }

    static func model(filter: Filter, now: Date, on db: any Database) async throws -> Model {
        let users = try await AccountStore.all(on: db)
        let arrived = try await UserAdminStore.withPassword(on: db)
        let links = try await UserAdminStore.pendingLinks(at: now, on: db)
        let words = (filter.text ?? "").lowercased().split(separator: " ").map(String.init)
        let rows = users.map { user in
            Row(user: user, status: Status(active: user.isActive, arrived: arrived.contains(user.id)), linkUntil: links[user.id])
        }.filter { row in
            (filter.role.map { UserRolePolicy.holds(row.user, $0) } ?? true) && (filter.status.map { $0 == row.status } ?? true)
                && words.allSatisfy { row.user.displayName.lowercased().contains($0) || row.user.email.contains($0) }
        }.sorted { ($0.user.displayName.lowercased(), $0.user.email) < ($1.user.displayName.lowercased(), $1.user.email) }
        return Model(filter: filter, rows: rows, total: users.count)
    }
}

/// One user as an administrator sees them: roles, whether they have arrived, their sessions and tokens.
enum UserDetail {
    struct Model {
        var user: User
        var status: UserList.Status
        var linkUntil: Date?
        var sessions: [SessionSummary]
        var tokens: [APITokenRecord]
        var now: Date
    }

    static func model(_ user: User, now: Date, on db: any Database) async throws -> Model {
        let arrived = try await UserAdminStore.hasPassword(user.id, on: db)
        return Model(user: user, status: UserList.Status(active: user.isActive, arrived: arrived),
                     linkUntil: try await UserAdminStore.pendingLinks(of: user.id, at: now, on: db)[user.id],
                     sessions: try await UserAdminStore.sessions(of: user.id, on: db),
                     tokens: try await AccountStore.tokens(for: user.id, on: db), now: now)
    }
}
