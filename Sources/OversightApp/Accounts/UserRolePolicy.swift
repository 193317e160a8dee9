import OversightDomain

/// The rules about the roles a user holds, read where users are administered: the source rule
/// keeps every reading of roles in a policy, so what a role allows and who holds it are answered
/// in one place.
enum UserRolePolicy {
    static func holds(_ user: User, _ role: Role) -> Bool { user.roles.contains(role) }

    /// Whether the user counts towards "someone can still manage users".
    static func isActiveAdministrator(_ user: User) -> Bool { user.isActive && user.roles.contains(.administrator) }

    /// Whether taking `roles` instead of the user's own would take the administrator role away.
    static func losesAdministrator(_ user: User, to roles: Set<Role>) -> Bool {
        user.roles.contains(.administrator) && !roles.contains(.administrator)
    }

    /// The roles' codes in the order the form lists them.
    static func codes(_ user: User) -> [String] { Role.allCases.filter(user.roles.contains).map(\.rawValue) }

    /// The roles' names as a page prints them: "Programme manager; Viewer".
    static func names(_ user: User) -> String { names(user.roles) }

    static func names(_ roles: Set<Role>) -> String { Role.allCases.filter(roles.contains).map(\.label).joined(separator: "; ") }
}
