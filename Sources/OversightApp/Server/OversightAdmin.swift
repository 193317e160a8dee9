import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

/// What the `oversight user`, `token` and `audit` commands do, as plain functions. Each opens the
/// configured database, acts as "oversight command line" in the audit trail, and closes it.
public enum OversightAdmin {
    public enum Problem: Error, CustomStringConvertible {
        case message(String)
        public var description: String { if case let .message(text) = self { text } else { "" } }
    }

    public static func createUser(_ configuration: OversightConfiguration, email: String, name: String,
                                  roles: [String], password: String) async throws {
        var parsed: Set<Role> = []
        for code in roles {
            guard let role = Role(rawValue: code) else {
                throw Problem.message("--role \(code) is not a role; use one of: " +
                    Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            parsed.insert(role)
        }
        let chosen = parsed
        let trimmedName = name.trimmingCharacters(in: .whitespaces)
        guard !trimmedName.isEmpty else { throw Problem.message("--name must not be empty") }
        try await withDatabase(configuration) { db in
            do {
                _ = try await CreateUser(dependencies: .live)(
                    UserDraft(email: email.trimmingCharacters(in: .whitespaces), displayName: trimmedName, roles: chosen),
                    password: password, by: .commandLine, on: db)
            } catch let error as AccountError {
                throw Problem.message(describe(error, email: email))
            }
        }
    }

    /// Returns how many API tokens were revoked.
    @discardableResult
    public static func setPassword(_ configuration: OversightConfiguration, email: String, password: String,
                                   keepTokens: Bool = false) async throws -> Int {
        try await withDatabase(configuration) { db in
            do {
                return try await SetPassword(dependencies: .live)(email: email, password: password, keepTokens: keepTokens,
                                                                 by: .commandLine, on: db)
            } catch let error as AccountError {
                throw Problem.message(describe(error, email: email))
            }
        }
    }

    public static func disableUser(_ configuration: OversightConfiguration, email: String) async throws {
        try await withDatabase(configuration) { db in
            do {
                try await DisableUser(dependencies: .live)(email: email, by: .commandLine, on: db)
            } catch let error as AccountError {
                throw Problem.message(describe(error, email: email))
            }
        }
    }

    /// Returns the new token, which is shown once and never stored.
    public static func createToken(_ configuration: OversightConfiguration, email: String, name: String) async throws -> String {
        try await withDatabase(configuration) { db in
            guard let (user, _) = try await AccountStore.find(email: email, on: db), user.isActive else {
                throw Problem.message("there is no active user with the email address \(email)")
            }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.count <= 100 else {
                throw Problem.message("--name must be 1 to 100 characters")
            }
            return try await CreateAPIToken(dependencies: .live)(for: user, name: trimmed, by: .commandLine, on: db)
        }
    }

    /// A sentence on each chain (the audit trail, the security events), and whether both are intact.
    public static func verifyAudit(_ configuration: OversightConfiguration) async throws -> (intact: Bool, report: String) {
        try await withDatabase(configuration) { db in
            let trail: (Bool, String) = switch try await AuditStore.verify(on: db) {
            case let .intact(entries):
                (true, "The audit trail is intact: \(entries) entries, each following from the one before.")
            case let .broken(seq, reason):
                (false, "The audit trail is broken at entry \(seq): \(reason). Entries from \(seq) on cannot be trusted.")
            }
            let events: (Bool, String) = switch try await SecurityEventStore.verify(on: db) {
            case let .intact(entries):
                (true, "The security events are intact: \(entries) events, each following from the one before.")
            case let .broken(seq, reason):
                (false, "The security events are broken at event \(seq): \(reason). Events from \(seq) on cannot be trusted.")
            }
            return (trail.0 && events.0, trail.1 + "\n" + events.1)
        }
    }

    /// Imports indicator values from a CSV file or workbook into a council (the only one, or the one named),
    /// or with `dryRun` only checks it. Problems come back one per line, nothing written.
    public static func importIndicatorValues(_ configuration: OversightConfiguration, file: String, council name: String?,
                                             dryRun: Bool) async throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Problem.message("\(file) could not be read: check the path and that you may read it")
        }
        return try await withDatabase(configuration) { db in
            let council = try await self.council(named: name, on: db)
            let outcome = try await ImportIndicatorValues(dependencies: .live)(
                [UInt8](data), council: council.id, dryRun: dryRun, by: .commandLine, on: db)
            guard outcome.problems.isEmpty else {
                throw Problem.message("nothing was imported from \(file); put these right and import it again:\n"
                    + outcome.problems.map { "  \($0.described(sheet: outcome.sheet))" }.joined(separator: "\n"))
            }
            return dryRun ? "\(file) is ready: \(outcome.described) for \(council.name) checked; nothing written (--dry-run)."
                : "Imported \(outcome.described) into \(council.name)."
        }
    }

    /// Imports new risks from a CSV file or workbook into a council's register, or with `dryRun`
    /// only checks them. Problems come back one per row, nothing written.
    public static func importRisks(_ configuration: OversightConfiguration, file: String, council name: String?,
                                   dryRun: Bool) async throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Problem.message("\(file) could not be read: check the path and that you may read it")
        }
        return try await withDatabase(configuration) { db in
            let council = try await self.council(named: name, on: db)
            let outcome = try await ImportRisks(dependencies: .live)(
                [UInt8](data), source: (file as NSString).lastPathComponent, council: council.id, dryRun: dryRun,
                reviewer: "Command line", by: .commandLine, on: db)
            guard outcome.problems.isEmpty else {
                throw Problem.message("nothing was imported from \(file); put these right and import it again:\n"
                    + outcome.problems.map { "  \($0.described(sheet: outcome.sheet))" }.joined(separator: "\n"))
            }
            let references = outcome.rows.map(\.risk.reference).joined(separator: ", ")
            return dryRun ? "\(file) is ready: \(counted(outcome.rows.count, "risk")) (\(references)) for \(council.name) checked; nothing written (--dry-run)."
                : "Imported \(counted(outcome.rows.count, "risk")) into \(council.name)'s register: \(references)."
        }
    }

    /// The only council, or the one named (by name or id); otherwise a message listing them.
    static func council(named name: String?, on db: any Database) async throws -> Council {
        let councils = try await CouncilStore.all(on: db)
        let chosen: [Council] = name.map { name in councils.filter { $0.name.lowercased() == name.lowercased() || $0.id.description == name } }
            ?? councils
        guard chosen.count == 1, let council = chosen.first else {
            throw Problem.message(councils.isEmpty ? "there is no council yet"
                : "name the council with --council: " + councils.map { "\"\($0.name)\"" }.joined(separator: ", "))
        }
        return council
    }

    static func describe(_ error: AccountError, email: String) -> String {
        switch error {
        case .password(.tooShort): "the password must be at least \(PasswordRules.minimumLength) characters"
        case .password(.tooLong): "the password must be \(PasswordRules.maximumLength) characters or fewer"
        case .password(.common): "the password is too common: choose a longer phrase that others would not guess"
        case .emailTaken: "a user with the email address \(email) already exists"
        case .invalidEmail: "--email \(email) is not an email address in the correct format, like name@example.gov.uk"
        case let .noSuchUser(address): "there is no user with the email address \(address)"
        case .noRoles: "give at least one --role: " + Role.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }

    static func withDatabase<T: Sendable>(_ configuration: OversightConfiguration,
                                                  _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let app = try await OversightServer.makeApplication(configuration)
        do {
            try await prepareDatabase(app)
            let result = try await body(app.db)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
