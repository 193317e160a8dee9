import ArgumentParser
import Foundation
import OversightApp

/// `oversight user ...`: accounts are made here, on the server, never by `serve` itself.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Create users, set their passwords and disable them.",
        subcommands: [CreateUser.self, SetPassword.self, Disable.self])

    struct CreateUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create", abstract: "Create a user. The password is asked for, or read from standard input.")

        @OptionGroup var options: ServerOptions
        @Option(help: "The user's email address, used to sign in.") var email: String
        @Option(help: "The name shown in Oversight.") var name: String
        @Option(help: "A role; repeat for several: administrator, programme-manager, contributor, performance-officer, board-member, senior-leader, democratic-services, viewer.")
        var role: [String] = []
        @Flag(help: "Read the password from the first line of standard input instead of asking.")
        var passwordStdin = false

        func run() async throws {
            let configuration = try options.load()
            let password = try readPassword(fromStdin: passwordStdin, confirm: true)
            try await reportingProblems {
                try await OversightAdmin.createUser(configuration, email: email, name: name, roles: role, password: password)
                say("Created \(email). They can sign in now.")
            }
        }
    }

    struct SetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-password",
            abstract: "Set a user's password, end their sessions and revoke their API tokens (unless --keep-tokens).")

        @OptionGroup var options: ServerOptions
        @Option(help: "The user's email address.") var email: String
        @Flag(help: "Read the password from the first line of standard input instead of asking.")
        var passwordStdin = false
        @Flag(help: "Leave the user's API tokens working.")
        var keepTokens = false

        func run() async throws {
            let configuration = try options.load()
            let password = try readPassword(fromStdin: passwordStdin, confirm: true)
            try await reportingProblems {
                let revoked = try await OversightAdmin.setPassword(configuration, email: email, password: password, keepTokens: keepTokens)
                say("Set the password of \(email) and signed them out everywhere"
                    + (keepTokens ? "; their API tokens still work." : revoked == 0 ? "." : "; revoked \(revoked) API token\(revoked == 1 ? "" : "s")."))
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable", abstract: "Stop a user signing in; ends their sessions and revokes their API tokens.")

        @OptionGroup var options: ServerOptions
        @Option(help: "The user's email address.") var email: String

        func run() async throws {
            let configuration = try options.load()
            try await reportingProblems {
                try await OversightAdmin.disableUser(configuration, email: email)
                say("Disabled \(email).")
            }
        }
    }
}

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "API tokens for programs that read the JSON API.",
        subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token for a user and print it once; only its hash is kept.")

        @OptionGroup var options: ServerOptions
        @Option(help: "The email address of the user the token acts as.") var email: String
        @Option(help: "What the token is for, shown when tokens are listed.") var name: String

        func run() async throws {
            let configuration = try options.load()
            try await reportingProblems {
                let token = try await OversightAdmin.createToken(configuration, email: email, name: name)
                say(token)
                FileHandle.standardError.write(Data("Copy the token now: it is not shown again. Send it as: Authorization: Bearer <token>\n".utf8))
            }
        }
    }
}

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the audit trail and the security events; list what is exempt.",
        subcommands: [Verify.self, Exempt.self])

    struct Exempt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, as JSON lines, every passage of Part II and draft material a council holds, and who may not read it.")

        @OptionGroup var options: ServerOptions
        @Option(help: "The council, by name or id (needed when there is more than one).")
        var council: String?
        @Flag(help: "Instead, look for Part II passages in frozen Part I board packs and published Part I reports.")
        var frozen = false

        func run() async throws {
            let configuration = try options.load()
            try await reportingProblems {
                say(try await OversightAdmin.exemptMaterial(configuration, council: council, frozen: frozen))
            }
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that no audit entry has been changed, removed or inserted. Exits 1 if one has.")

        @OptionGroup var options: ServerOptions

        func run() async throws {
            let configuration = try options.load()
            var intact = true
            try await reportingProblems {
                let result = try await OversightAdmin.verifyAudit(configuration)
                say(result.report)
                intact = result.intact
            }
            if !intact { throw ExitCode(1) }
        }
    }
}

/// The password from standard input (`--password-stdin`) or typed twice at a prompt that does not echo.
func readPassword(fromStdin: Bool, confirm: Bool) throws -> String {
    if fromStdin {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            FileHandle.standardError.write(Data("oversight: no password on standard input\n".utf8))
            throw ExitCode(65)
        }
        return line
    }
    guard isatty(STDIN_FILENO) == 1 else {
        FileHandle.standardError.write(Data("oversight: give --password-stdin when not typing at a terminal\n".utf8))
        throw ExitCode(64)
    }
    let first = String(cString: getpass("Password (at least 12 characters): "))
    if confirm {
        let second = String(cString: getpass("The same password again: "))
        guard first == second else {
            FileHandle.standardError.write(Data("oversight: the two passwords were different\n".utf8))
            throw ExitCode(65)
        }
    }
    return first
}

struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes", abstract: "List every route as JSON lines: methods, path and whether visitors may reach it.")

    func run() async throws {
        try await reportingProblems { say(try await OversightAdmin.routes()) }
    }
}
