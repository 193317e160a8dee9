/// What the store can report that a caller must handle.
public enum StoreError: Error, Equatable, Sendable {
    /// The record was changed by someone else since the caller read it: optimistic locking.
    /// The caller keeps the user's text and shows the conflict (HTTP 409).
    case staleEdit
    /// The record does not exist, or not within the council the caller asked about.
    case notFound
    /// A row holds a value this version of Oversight cannot read. Never shown to users in detail.
    case corrupt(String)
    /// A uniqueness rule was broken, such as two recommendations numbered 3 in one inspection.
    case duplicate(field: String)
}
