import ArgumentParser
import Foundation
import OversightApp
import OversightDemo

/// The `oversight` command. This file imports only ArgumentParser and OversightApp: Vapor's
/// ConsoleKit names clash with ArgumentParser's property wrappers.
@main
struct Oversight: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oversight",
        abstract: "Run a council's improvement programme, from inspection to committee report.",
        version: OversightVersion.current,
        subcommands: [Serve.self, Demo.self, Migrate.self, UserCommand.self, TokenCommand.self, AuditCommand.self,
                      IndicatorsCommand.self, PlansCommand.self, RisksCommand.self, BenchCommand.self,
                      RoutesCommand.self],
        defaultSubcommand: nil
    )
}

struct ServerOptions: ParsableArguments {
    @Option(help: "The address to listen on (default 127.0.0.1; environment OVERSIGHT_HOST).")
    var host: String?

    @Option(help: "The port to listen on, 1 to 65535 (default 8080; environment OVERSIGHT_PORT).")
    var port: String?

    @Option(help: "Where the SQLite database and files are kept (default ./oversight-data; environment OVERSIGHT_DATA_DIR).")
    var dataDir: String?

    /// Reads the configuration, or prints every problem and exits with status 78 (configuration error).
    func load() throws -> OversightConfiguration {
        switch OversightConfiguration.load(overrides: .init(host: host, port: port, dataDirectory: dataDir)) {
        case let .success(configuration):
            OversightLogging.bootstrap(configuration)
            return configuration
        case let .failure(error):
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(78)
        }
    }
}

/// Runs a piece of work, printing an operator's error instead of a trace.
func reportingProblems(_ work: () async throws -> Void) async throws {
    do {
        try await work()
    } catch let error as ConfigurationError {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(78)
    } catch let error as OversightAdmin.Problem {
        FileHandle.standardError.write(Data(("oversight: \(error.description)\n").utf8))
        throw ExitCode(65)
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the web server. Applies pending database migrations first.")

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let configuration = try options.load()
        try await reportingProblems { try await OversightServer.run(configuration, mode: .serve) }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the web server with the demo council, Northshire County Council.",
        discussion: "The first run creates the demo data in the data directory; later runs reuse it.")

    @OptionGroup var options: ServerOptions

    @Flag(help: "Delete all data in the data directory's database and create the demo again.")
    var reset = false

    @Option(help: ArgumentHelp(
        "Add N load-test plans for performance work (N=10: about 4,800 actions and 110,000 updates). The same N always makes the same data.",
        valueName: "N"))
    var scale = 0

    func validate() throws {
        guard (0...50).contains(scale) else { throw ValidationError("--scale must be a whole number from 0 to 50, not \(scale)") }
    }

    func run() async throws {
        let configuration = try options.load()
        try await reportingProblems {
            try await OversightServer.run(configuration, mode: DemoStart.mode(reset: reset, scale: scale))
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations, then exit.")

    @OptionGroup var options: ServerOptions

    @Flag(help: "List the migrations that would be applied, without applying them.")
    var dryRun = false

    func run() async throws {
        let configuration = try options.load()
        try await reportingProblems {
            let names = try await OversightServer.migrate(configuration, dryRun: dryRun)
            if names.isEmpty {
                say("The database is up to date.")
            } else {
                say((dryRun ? "Would apply:" : "Applied:") + "\n" + names.map { "  \($0)" }.joined(separator: "\n"))
            }
        }
    }
}
