import Fluent
import FluentSQL
import Foundation
import OversightDomain
import SQLKit

/// A stored audit entry as the audit page shows it.
public struct AuditEntry: Equatable, Sendable {
    public var seq: Int
    public var at: Date
    public var record: AuditRecord
    public var hash: String

    public init(seq: Int, at: Date, record: AuditRecord, hash: String) {
        self.seq = seq
        self.at = at
        self.record = record
        self.hash = hash
    }
}

/// The append-only, hash-chained audit trail. Nothing in Oversight updates or deletes an
/// entry; `verify` finds any row that was changed, removed or inserted behind its back.
public enum AuditStore {
    static let genesis = String(repeating: "0", count: 64)
    static let lockKey: Int64 = 0x4F5653_415544 // "OVS" "AUD"

    /// The newest entry's number, 0 for an empty trail. Every change is appended here in its own
    /// transaction, so this number moves whenever anything a page shows may have changed; the
    /// page cache keys on it. One index seek (`seq` is unique).
    public static func head(on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        let row = try await sql.raw("SELECT seq FROM audit_entries ORDER BY seq DESC LIMIT 1").first()
        return try row?.decode(column: "seq", as: Int.self) ?? 0
    }

    /// Appends an entry. Call it inside the transaction of the change it records, so that the
    /// change and its entry are written together or not at all.
    @discardableResult
    public static func append(_ record: AuditRecord, at now: Date, id: UUID, on db: any Database) async throws -> AuditEntry {
        if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
            // Serialises writers of the chain until this transaction ends.
            try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: lockKey))").run()
        }
        let last = try await AuditEntryModel.query(on: db).sort(\.$seq, .descending).first()
        let seq = (last?.seq ?? 0) + 1
        let previous = last?.hash ?? genesis
        // Whole milliseconds survive the round trip through both databases exactly.
        let at = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded() / 1000)
        let hash = digest(seq: seq, at: at, record: record, previous: previous)
        let model = AuditEntryModel()
        model.id = id
        model.seq = seq
        model.at = at
        model.actorID = record.actorID?.rawValue
        model.actor = record.actor
        model.action = record.action
        model.entityType = record.entityType
        model.entityID = record.entityID
        model.before = record.before
        model.after = record.after
        model.address = record.address
        model.previousHash = previous
        model.hash = hash
        try await translatingConstraintFailures(field: "audit") { try await model.create(on: db) }
        return AuditEntry(seq: seq, at: at, record: record, hash: hash)
    }

    /// Each field is length-prefixed, so that no two different entries can hash alike by
    /// moving text from one field to the next.
    static func digest(seq: Int, at: Date, record: AuditRecord, previous: String) -> String {
        let millis = Int64((at.timeIntervalSince1970 * 1000).rounded())
        let fields: [String?] = [String(seq), String(millis), record.actorID?.description, record.actor, record.action,
                                 record.entityType, record.entityID, record.before, record.after, record.address,
                                 previous]
        return chainDigest(fields)
    }

    /// The SHA-256 of fields each written with its length, so that no two different entries can
    /// hash alike by moving text from one field to the next. Shared with `SecurityEventStore`.
    static func chainDigest(_ fields: [String?]) -> String {
        sha256Hex(fields.map { field in field.map { "\($0.utf8.count):\($0)" } ?? "-" }.joined(separator: "|"))
    }

    public enum Verification: Equatable, Sendable {
        case intact(entries: Int)
        /// The first entry that does not follow from the one before: changed, inserted, or
        /// following a deleted entry.
        case broken(seq: Int, reason: String)
    }

    public static func verify(on db: any Database) async throws -> Verification {
        var expectedSeq = 1
        var previous = genesis
        var count = 0
        let batch = 1000
        while true {
            let models = try await AuditEntryModel.query(on: db).filter(\.$seq >= expectedSeq)
                .sort(\.$seq).limit(batch).all()
            for model in models {
                if model.seq != expectedSeq {
                    return .broken(seq: model.seq, reason: "entry \(expectedSeq) is missing")
                }
                if model.previousHash != previous {
                    return .broken(seq: model.seq, reason: "it does not follow the entry before it")
                }
                let record = AuditRecord(
                    actorID: model.actorID.map { .init($0) }, actor: model.actor, action: model.action,
                    entityType: model.entityType, entityID: model.entityID, before: model.before,
                    after: model.after, address: model.address)
                if digest(seq: model.seq, at: model.at, record: record, previous: previous) != model.hash {
                    return .broken(seq: model.seq, reason: "its contents were changed after it was written")
                }
                previous = model.hash
                expectedSeq += 1
                count += 1
            }
            if models.count < batch { return .intact(entries: count) }
        }
    }

    public struct Filter: Sendable {
        public var action: String?
        public var actor: String?
        public var entityType: String?
        public init(action: String? = nil, actor: String? = nil, entityType: String? = nil) {
            self.action = action
            self.actor = actor
            self.entityType = entityType
        }

        public var isEmpty: Bool { action == nil && actor == nil && entityType == nil }
    }

    /// Newest first.
    public static func list(_ filter: Filter, limit: Int, offset: Int = 0, on db: any Database) async throws -> (entries: [AuditEntry], total: Int) {
        var query = AuditEntryModel.query(on: db)
        // A prefix compared as text, not a pattern: "%" and "_" typed in the filter match only themselves.
        if let action = filter.action {
            let prefix = SQLFunction("substr", args: SQLColumn("action"), SQLLiteral.numeric("1"),
                                     SQLLiteral.numeric(String(action.unicodeScalars.count)))
            query = query.filter(.sql(SQLBinaryExpression(left: prefix, op: SQLBinaryOperator.equal, right: SQLBind(action))))
        }
        if let actor = filter.actor { query = query.filter(\.$actor == actor.lowercased()) }
        if let type = filter.entityType { query = query.filter(\.$entityType == type) }
        let total = try await query.copy().count()
        let models = try await query.sort(\.$seq, .descending).offset(offset).limit(limit).all()
        return (models.map { model in
            AuditEntry(seq: model.seq, at: model.at, record: AuditRecord(
                actorID: model.actorID.map { .init($0) }, actor: model.actor, action: model.action,
                entityType: model.entityType, entityID: model.entityID, before: model.before, after: model.after,
                address: model.address), hash: model.hash)
        }, total)
    }
}
