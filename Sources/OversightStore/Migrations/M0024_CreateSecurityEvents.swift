import Fluent
import SQLKit

/// Refused sign-ins, throttled sign-ins, CSRF and permission refusals: recorded and hash-chained
/// like the audit trail, but apart from it, so that a stranger's refused requests never move the
/// audit trail's head (which every cache is keyed on) nor wait for its lock.
struct M0024_CreateSecurityEvents: AsyncMigration {
    var name: String { "0024-create-security-events" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SecurityEventModel.schema)
            .id()
            .field("seq", .int, .required)
            .field("at", .datetime, .required)
            .field("kind", .string, .required)
            .field("actor_id", .uuid)
            .field("actor", .string, .required)
            .field("address", .string)
            .field("detail", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "seq")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX security_events_kind ON security_events (kind, seq)").run()
        try await sql.raw("CREATE INDEX sign_in_failures_email_at ON sign_in_failures (email, at)").run()
        try await sql.raw("CREATE INDEX sign_in_failures_address_at ON sign_in_failures (address, at)").run()
        try await sql.raw("CREATE INDEX sign_in_failures_at ON sign_in_failures (at)").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            for index in ["sign_in_failures_email_at", "sign_in_failures_address_at", "sign_in_failures_at"] { try await sql.drop(index: index).run() }
        }
        try await database.schema(SecurityEventModel.schema).delete()
    }
}
