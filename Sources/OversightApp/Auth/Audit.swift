import Fluent
import Foundation
import OversightDomain
import OversightStore

/// The app's door to `UnitOfWork`: every change, with the clock and ids of its dependencies, and the
/// JSON snapshots the audit trail keeps of records before and after.
enum Audit {
    /// A change in one transaction with the audit entries it records (`change.audit(_:)`); a change
    /// that records none is rolled back. `touching` says what pages it may change (ADR 0011): every
    /// use case must say, so none can leave a cached page showing what it changed.
    @discardableResult
    static func changing<T: Sendable>(touching: Set<Touched>, on db: any Database, dependencies: Dependencies,
                                      _ body: @escaping @Sendable (Change) async throws -> T) async throws -> T {
        try await UnitOfWork.run(touching: touching, clock: dependencies.now, newID: dependencies.newID, on: db, body)
    }

    /// A change whose one entry is known before it starts: the entry is written only if the change is.
    @discardableResult
    static func recording<T: Sendable>(_ record: AuditRecord, touching: Set<Touched>, on db: any Database,
                                       dependencies: Dependencies,
                                       _ body: @escaping @Sendable (Change) async throws -> T) async throws -> T {
        try await UnitOfWork.run(touching: touching, clock: dependencies.now, newID: dependencies.newID, on: db) { change in
            let result = try await body(change)
            change.audit(record)
            return result
        }
    }

    /// Sorted keys, so that the same record always snapshots to the same text.
    static func json(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}
