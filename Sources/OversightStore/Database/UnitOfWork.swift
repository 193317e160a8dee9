import Fluent
import Foundation
import OversightDomain

/// The one way to change what Oversight holds.
///
/// Every store method that writes takes a `Change`, and only `UnitOfWork` can make one: so a write
/// cannot happen outside a transaction, and a transaction cannot end without its audit entry and
/// the cache generations of what it touched (ADR 0011). Cached pages are kept under those
/// generations (and pages outside a council under the audit trail's head, ADR 0005), so a change
/// that moved neither would leave every instance showing the old page; here it cannot compile, and
/// a change that writes but records no entry is rolled back (`UnitOfWork.Unaudited`).
public final class Change: @unchecked Sendable {
    /// The transaction: reads made through it see the change so far.
    public let db: any Database
    private let clock: @Sendable () -> Date
    private let newID: @Sendable () -> UUID
    private let lock = NSLock()
    private var entries: [(record: AuditRecord, at: Date, id: UUID)] = []
    private var didWrite = false
    private var touched: Set<Touched> = []

    fileprivate init(_ db: any Database, clock: @escaping @Sendable () -> Date = { Date() },
                     newID: @escaping @Sendable () -> UUID = { UUID() }) {
        self.db = db
        self.clock = clock
        self.newID = newID
    }

    /// What the audit trail will say about this change; written when the change is, or not at all.
    /// Its time and id are taken now, so that entries and records keep the order they were made in.
    public func audit(_ record: AuditRecord) {
        let at = clock()
        let id = newID()
        lock.withLock { entries.append((record, at, id)) }
    }

    /// What else this change touches, found out while making it (an import that reaches several
    /// plans): added to what the use case said it would touch, and moved with it.
    public func touches(_ more: Touched...) { lock.withLock { touched.formUnion(more) } }

    fileprivate var reached: Set<Touched> { lock.withLock { touched } }

    /// A named unaudited write inside this change (a sign-in keeps its session with its audit entry).
    public func housekeeping(_ purpose: Housekeeping.Purpose) -> Housekeeping { Housekeeping(purpose, db) }

    /// The transaction, for a store method that is about to write through it.
    func written() -> any Database {
        lock.withLock { didWrite = true }
        return db
    }

    /// For a conditional statement, after it has changed a row: it wrote.
    func wrote() { lock.withLock { didWrite = true } }

    fileprivate var hasWritten: Bool { lock.withLock { didWrite } }

    fileprivate var recorded: [(record: AuditRecord, at: Date, id: UUID)] { lock.withLock { entries } }
}

/// Writes that are not anyone's change to the programme and so have no audit entry: a session
/// being kept, a security event (its own chain), a printed copy kept for reuse, an upload held
/// between its preview and its import. Each is named, so the only unaudited writes are these.
public struct Housekeeping: Sendable {
    public enum Purpose: String, Sendable { case session, securityEvent, printedCopy, heldUpload }
    public let db: any Database
    public let purpose: Purpose
    fileprivate init(_ purpose: Purpose, _ db: any Database) {
        self.purpose = purpose
        self.db = db
    }
}

public enum UnitOfWork {
    /// A change that recorded no audit entry; the transaction is rolled back.
    public struct Unaudited: Error, CustomStringConvertible {
        public var description: String { "a change recorded no audit entry and was not saved" }
    }

    /// Opens a transaction, runs `body`, appends the audit entries it recorded, moves the cache
    /// generations of what it `touching` (and anything `change.touches` added), and commits; or, if
    /// anything throws (a stale version is `StoreError.staleEdit`, which the web shows as 409 with
    /// the user's text kept), writes nothing at all.
    @discardableResult
    public static func run<T: Sendable>(touching: Set<Touched>, clock: @escaping @Sendable () -> Date,
                                        newID: @escaping @Sendable () -> UUID, on db: any Database,
                                        _ body: @escaping @Sendable (Change) async throws -> T) async throws -> T {
        try await db.transaction { tx in
            let change = Change(tx, clock: clock, newID: newID)
            let result = try await body(change)
            let entries = change.recorded
            // Reading inside a unit of work is allowed (a dry run of an import); writing unrecorded is not.
            guard !entries.isEmpty || !change.hasWritten else { throw Unaudited() }
            for entry in entries {
                try await AuditStore.append(entry.record, at: entry.at, id: entry.id, on: tx)
            }
            // A change that wrote nothing (a dry run) moves no page.
            if !entries.isEmpty { try await CacheGenerations.bump(touching.union(change.reached), on: tx) }
            return result
        }
    }

    /// Writes that are not a change by anyone: the demo council at first start, load-test data and
    /// test fixtures. Nothing else may call it (`WritePathTests` reads the sources to make sure).
    /// They may reach anything, so every cached page is emptied.
    @discardableResult
    public static func seed<T: Sendable>(on db: any Database,
                                         _ body: @escaping @Sendable (Change) async throws -> T) async throws -> T {
        try await db.transaction { tx in
            let result = try await body(Change(tx))
            try await CacheGenerations.bump([.everything], on: tx)
            return result
        }
    }

    /// A migration's own rows (the standard report template): part of the schema, not anyone's change.
    /// Internal, so nothing outside the store can use it.
    static func migrating(on db: any Database, _ body: @escaping @Sendable (Change) async throws -> Void) async throws {
        try await db.transaction { tx in try await body(Change(tx)) }
    }

    /// One of the named kinds of unaudited write, in its own transaction.
    @discardableResult
    public static func housekeeping<T: Sendable>(_ purpose: Housekeeping.Purpose, on db: any Database,
                                                 _ body: @escaping @Sendable (Housekeeping) async throws -> T)
        async throws -> T {
        try await db.transaction { tx in try await body(Housekeeping(purpose, tx)) }
    }
}
