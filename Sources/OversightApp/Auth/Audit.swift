import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Writing to the audit trail, and the JSON snapshots it keeps of records before and after.
enum Audit {
    static func write(_ record: AuditRecord, on db: any Database, dependencies: Dependencies) async throws {
        try await AuditStore.append(record, at: dependencies.now(), id: dependencies.newID(), on: db)
    }

    /// Sorted keys, so that the same record always snapshots to the same text.
    static func json(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}
