import Fluent
import Foundation
import OversightDomain
import SQLKit

/// A stored security event as the administrators' page shows it.
public struct SecurityEvent: Equatable, Sendable {
    public var seq: Int
    public var at: Date
    public var kind: String
    public var actorID: UUID?
    public var actor: String
    public var address: String?
    public var detail: String?

    public init(seq: Int = 0, at: Date = Date(timeIntervalSince1970: 0), kind: String, actorID: UUID?, actor: String,
                address: String?, detail: String?) {
        self.seq = seq
        self.at = at
        self.kind = kind
        self.actorID = actorID
        self.actor = actor
        self.address = address
        self.detail = detail
    }
}

/// Security events: append-only and hash-chained like the audit trail (`AuditStore`), but a chain
/// of their own with a lock of their own, so that writing one never moves the audit trail's head
/// (the generation every cache is keyed on) nor waits behind a change.
public enum SecurityEventStore {
    static let lockKey: Int64 = 0x4F5653_534543 // "OVS" "SEC"

    @discardableResult
    public static func append(_ event: SecurityEvent, at now: Date, id: UUID, on housekeeping: Housekeeping) async throws -> SecurityEvent {
        let db = housekeeping.db
        return try await db.transaction { tx in
            if let sql = tx as? any SQLDatabase, sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: lockKey))").run()
            }
            let last = try await SecurityEventModel.query(on: tx).sort(\.$seq, .descending).first()
            var stored = event
            stored.seq = (last?.seq ?? 0) + 1
            stored.at = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded() / 1000)
            let previous = last?.hash ?? AuditStore.genesis
            let model = SecurityEventModel()
            model.id = id
            model.seq = stored.seq
            model.at = stored.at
            model.kind = stored.kind
            model.actorID = stored.actorID
            model.actor = stored.actor
            model.address = stored.address
            model.detail = stored.detail
            model.previousHash = previous
            model.hash = digest(stored, previous: previous)
            try await translatingConstraintFailures(field: "security event") { try await model.create(on: tx) }
            return stored
        }
    }

    static func digest(_ event: SecurityEvent, previous: String) -> String {
        let millis = Int64((event.at.timeIntervalSince1970 * 1000).rounded())
        return AuditStore.chainDigest([String(event.seq), String(millis), event.kind, event.actorID?.uuidString, event.actor,
                                       event.address, event.detail, previous])
    }

    public static func verify(on db: any Database) async throws -> AuditStore.Verification {
        var expectedSeq = 1
        var previous = AuditStore.genesis
        var count = 0
        let batch = 1000
        while true {
            let models = try await SecurityEventModel.query(on: db).filter(\.$seq >= expectedSeq).sort(\.$seq).limit(batch).all()
            for model in models {
                if model.seq != expectedSeq { return .broken(seq: model.seq, reason: "event \(expectedSeq) is missing") }
                if model.previousHash != previous { return .broken(seq: model.seq, reason: "it does not follow the event before it") }
                if digest(event(model), previous: previous) != model.hash {
                    return .broken(seq: model.seq, reason: "its contents were changed after it was written")
                }
                previous = model.hash
                expectedSeq += 1
                count += 1
            }
            if models.count < batch { return .intact(entries: count) }
        }
    }

    private static func event(_ model: SecurityEventModel) -> SecurityEvent {
        SecurityEvent(seq: model.seq, at: model.at, kind: model.kind, actorID: model.actorID, actor: model.actor,
                      address: model.address, detail: model.detail)
    }

    public struct Filter: Sendable, Equatable {
        public var kind: String?
        public var actor: String?
        public var address: String?

        public init(kind: String? = nil, actor: String? = nil, address: String? = nil) {
            self.kind = kind
            self.actor = actor
            self.address = address
        }
    }

    /// Newest first.
    public static func list(_ filter: Filter, limit: Int, offset: Int, on db: any Database) async throws -> (events: [SecurityEvent], total: Int) {
        var query = SecurityEventModel.query(on: db)
        if let kind = filter.kind { query = query.filter(\.$kind == kind) }
        if let actor = filter.actor { query = query.filter(\.$actor == actor.lowercased()) }
        if let address = filter.address { query = query.filter(\.$address == address) }
        let total = try await query.copy().count()
        let models = try await query.sort(\.$seq, .descending).offset(offset).limit(limit).all()
        return (models.map(event), total)
    }

    // MARK: Sign-in throttling

    /// How many sign-ins failed since `since`, and when the last did, for one account from any
    /// address, for one address against any account, and for that account from that address.
    public static func failures(email: String, address: String, since: Date,
                                on db: any Database) async throws -> SignInThrottle.Failures {
        let email = email.lowercased()
        func tally(_ query: QueryBuilder<SignInFailureModel>) async throws -> SignInThrottle.Tally {
            let recent = query.filter(\.$at >= since)
            let count = try await recent.copy().count()
            let latest = count == 0 ? nil : try await recent.copy().max(\.$at)
            return SignInThrottle.Tally(count: count, latest: latest?.timeIntervalSince1970)
        }
        return SignInThrottle.Failures(
            pair: try await tally(SignInFailureModel.query(on: db).filter(\.$email == email).filter(\.$address == address)),
            account: try await tally(SignInFailureModel.query(on: db).filter(\.$email == email)),
            address: try await tally(SignInFailureModel.query(on: db).filter(\.$address == address)))
    }

    public static func recordFailure(email: String, address: String, at now: Date, id: UUID, on housekeeping: Housekeeping) async throws {
        let db = housekeeping.db
        let model = SignInFailureModel()
        model.id = id
        model.email = email.lowercased()
        model.address = address
        model.at = now
        try await model.create(on: db)
        // Failures older than a day count for nothing; keep the table small.
        try await SignInFailureModel.query(on: db).filter(\.$at < now.addingTimeInterval(-86_400)).delete()
    }

    /// A successful sign-in forgives that account's failures from that address.
    public static func forgive(email: String, address: String, on housekeeping: Housekeeping) async throws {
        let db = housekeeping.db
        try await SignInFailureModel.query(on: db).filter(\.$email == email.lowercased()).filter(\.$address == address).delete()
    }

    /// One account's or address's failures, as the grouped query answers.
    private struct Tally: Decodable {
        var subject: String
        var failures: Int
        var latest: Date
    }

    /// The accounts and addresses with failures since `since`, most failures first, at most `limit` of each.
    public static func slowed(since: Date, limit: Int = 200, on db: any Database) async throws -> (accounts: [SignInThrottle.Slowed], addresses: [SignInThrottle.Slowed]) {
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        func grouped(_ column: String) async throws -> [SignInThrottle.Slowed] {
            let rows = try await sql.select()
                .column(SQLColumn(column), as: "subject")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "failures")
                .column(SQLFunction("MAX", args: SQLColumn("at")), as: "latest")
                .from(SignInFailureModel.schema)
                .where("at", .greaterThanOrEqual, SQLBind(since))
                .groupBy(column)
                .orderBy("failures", .descending)
                .limit(limit)
                .all(decoding: Tally.self)
            return rows.map { row in
                SignInThrottle.Slowed(subject: row.subject, tally: .init(count: row.failures, latest: row.latest.timeIntervalSince1970))
            }.sorted { ($0.tally.count, $0.subject) > ($1.tally.count, $1.subject) }
        }
        return (try await grouped("email"), try await grouped("address"))
    }

    /// Forgets the failures of one account (from every address) or of one address.
    public static func clearFailures(email: String? = nil, address: String? = nil, on change: Change) async throws {
        let db = change.written()
        var query = SignInFailureModel.query(on: db)
        if let email { query = query.filter(\.$email == email.lowercased()) }
        if let address { query = query.filter(\.$address == address) }
        guard email != nil || address != nil else { return }
        try await query.delete()
    }
}
