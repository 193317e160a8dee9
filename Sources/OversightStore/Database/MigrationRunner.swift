import Fluent
import Foundation
import SQLKit

/// Applies pending migrations. On PostgreSQL it first takes an advisory lock on one connection
/// and runs every migration on that connection, so that several `oversight serve` processes
/// starting together do not race to create the same tables: the second waits, then finds
/// nothing left to do.
public enum MigrationRunner {
    /// An arbitrary constant that names Oversight's migration lock among the database's advisory locks.
    static let lockKey: Int64 = 0x4F5653_4D4947 // "OVS" "MIG"

    public static func migrate(_ database: any Database, isPostgres: Bool) async throws {
        let migrations = Migrations()
        migrations.add(OversightMigrations.all)
        try await database.withConnection { connection in
            let migrator = Migrator(
                databaseFactory: { _ in connection }, migrations: migrations,
                on: connection.eventLoop, migrationLogLevel: .info
            )
            guard isPostgres, let sql = connection as? any SQLDatabase else {
                try await migrator.setupIfNeeded().get()
                try await migrator.prepareBatch().get()
                return
            }
            try await sql.raw("SELECT pg_advisory_lock(\(bind: lockKey))").run()
            do {
                try await migrator.setupIfNeeded().get()
                try await migrator.prepareBatch().get()
            } catch {
                try? await sql.raw("SELECT pg_advisory_unlock(\(bind: lockKey))").run()
                throw error
            }
            try await sql.raw("SELECT pg_advisory_unlock(\(bind: lockKey))").run()
        }
    }

    /// The names of migrations that have not been applied yet, for `oversight migrate --dry-run`.
    public static func pending(_ database: any Database) async throws -> [String] {
        let migrations = Migrations()
        migrations.add(OversightMigrations.all)
        let migrator = Migrator(databaseFactory: { _ in database }, migrations: migrations, on: database.eventLoop)
        try await migrator.setupIfNeeded().get()
        return try await migrator.previewPrepareBatch().get().map { $0.0.name }
    }
}
