import Foundation

/// The side effects a use case may have beyond the database, behind closures so that tests
/// fix them: the same ids and the same "now" give the same pages and snapshots.
public struct Dependencies: Sendable {
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> UUID

    public init(now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> UUID) {
        self.now = now
        self.newID = newID
    }

    public static let live = Dependencies(now: { Date() }, newID: { UUID() })
}
