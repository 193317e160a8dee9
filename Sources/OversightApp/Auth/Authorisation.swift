import OversightDomain

/// A policy's answer to "may this person do this to this thing".
enum Authorisation: Equatable, Sendable {
    case allowed
    /// The person lacks the right: a 403 and a security event naming the permission.
    case refused(Permission)
    /// The person has the right, but not now: the thing is in a state that forbids it (a closed
    /// plan). A 403 that says why; not a security event, since nothing was tried that was not theirs.
    case notNow(String)

    var isAllowed: Bool { self == .allowed }

    /// The viewer's permission, as the matrix has it.
    static func permission(_ permission: Permission, _ viewer: Viewer?) -> Authorisation {
        viewer?.can(permission) == true ? .allowed : .refused(permission)
    }

    /// This decision, and then `next` if this one allows.
    func then(_ next: @autoclosure () -> Authorisation) -> Authorisation {
        self == .allowed ? next() : self
    }
}
