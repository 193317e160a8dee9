import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Writing to the audit trail, and the JSON snapshots it keeps of records before and after.
enum Audit {
    static func write(_ record: AuditRecord, on db: any Database, dependencies: Dependencies) async throws {
        try await AuditStore.append(record, at: dependencies.now(), id: dependencies.newID(), on: db)
    }

    /// The change and its audit entry in one transaction: the entry is written only if the change is.
    static func recording(_ record: AuditRecord, on db: any Database, dependencies: Dependencies,
                          _ change: @escaping @Sendable (any Database) async throws -> Void) async throws {
        try await db.transaction { tx in
            try await change(tx)
            try await write(record, on: tx, dependencies: dependencies)
        }
    }

    /// Sorted keys, so that the same record always snapshots to the same text.
    static func json(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}
