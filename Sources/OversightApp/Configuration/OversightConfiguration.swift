import Foundation
import Logging
import OversightDomain
import OversightStore

/// Everything Oversight reads at start-up, read once and checked all together: an operator
/// with three mistakes sees three lines, not one at a time.
public struct OversightConfiguration: Equatable, Sendable {
    public var host: String
    public var port: Int
    public var dataDirectory: URL
    public var database: DatabaseLocation
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    /// How long a signed-in browser may sit unused, and how long any session may last.
    public var sessions: SessionPolicy
    /// Who may say, in `X-Forwarded-For`, which address a request came from; and how many PDFs
    /// may be printed at once.
    public var edge: EdgePolicy

    public enum LogFormat: String, Sendable, CaseIterable { case text, json }

    /// Values given on the command line; each wins over its environment variable.
    public struct Overrides: Sendable {
        public var host: String?
        public var port: String?
        public var dataDirectory: String?

        public init(host: String? = nil, port: String? = nil, dataDirectory: String? = nil) {
            self.host = host
            self.port = port
            self.dataDirectory = dataDirectory
        }
    }

    public static let defaultPort = 8080
    public static let defaultDataDirectory = "oversight-data"

    public var sqlitePath: String { dataDirectory.appendingPathComponent("oversight.sqlite").path }

    /// Reads and checks the configuration. `environment` is the process environment in
    /// production and a dictionary in tests. Creates the data directory when it is missing.
    public static func load(
        overrides: Overrides = .init(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Result<OversightConfiguration, ConfigurationError> {
        var problems: [String] = []
        /// The value and where it came from, so that a problem names the flag or variable to fix.
        func value(_ flagValue: String?, flag: String, variable: String) -> (String, String)? {
            if let flagValue { return (flagValue, flag) }
            if let env = environment[variable], !env.isEmpty { return (env, variable) }
            return nil
        }

        var host = "127.0.0.1"
        if let (text, source) = value(overrides.host, flag: "--host", variable: "OVERSIGHT_HOST") {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.contains(" ") || trimmed.contains("/") {
                problems.append("\(source) must be a host name or IP address such as 127.0.0.1, not \"\(text)\"")
            } else {
                host = trimmed
            }
        }

        var port = defaultPort
        if let (text, source) = value(overrides.port, flag: "--port", variable: "OVERSIGHT_PORT") {
            if let number = Int(text.trimmingCharacters(in: .whitespaces)), (1...65535).contains(number) {
                port = number
            } else {
                problems.append("\(source) must be a whole number from 1 to 65535, not \"\(text)\"")
            }
        }

        let dataPath = value(overrides.dataDirectory, flag: "--data-dir", variable: "OVERSIGHT_DATA_DIR")
        let dataDirectory = URL(fileURLWithPath: dataPath?.0 ?? defaultDataDirectory, isDirectory: true)
            .standardizedFileURL
        if let problem = checkWritable(dataDirectory) {
            problems.append("\(dataPath?.1 ?? "the data directory") \(dataDirectory.path) \(problem)")
        }

        var database = DatabaseLocation.sqliteFile(path: dataDirectory.appendingPathComponent("oversight.sqlite").path)
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            if let problem = checkPostgresURL(url) {
                problems.append(problem)
            } else {
                database = .postgres(url: url, searchPath: nil)
            }
        }

        var logLevel = Logger.Level.info
        if let text = environment["OVERSIGHT_LOG_LEVEL"], !text.isEmpty {
            if let level = Logger.Level(rawValue: text.lowercased()) {
                logLevel = level
            } else {
                let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append("OVERSIGHT_LOG_LEVEL must be one of \(names), not \"\(text)\"")
            }
        }

        var logFormat = LogFormat.text
        if let text = environment["OVERSIGHT_LOG_FORMAT"], !text.isEmpty {
            if let format = LogFormat(rawValue: text.lowercased()) {
                logFormat = format
            } else {
                problems.append("OVERSIGHT_LOG_FORMAT must be text or json, not \"\(text)\"")
            }
        }

        func minutes(_ variable: String, default value: Int, range: ClosedRange<Int>, unit: String) -> Int {
            guard let text = environment[variable], !text.isEmpty else { return value }
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
                problems.append("\(variable) must be a whole number of \(unit) from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
                return value
            }
            return number
        }
        let idle = minutes("OVERSIGHT_SESSION_IDLE_MINUTES", default: 30, range: 5...480, unit: "minutes")
        let absolute = minutes("OVERSIGHT_SESSION_MAX_HOURS", default: 12, range: 1...72, unit: "hours")
        let printers = minutes("OVERSIGHT_PDF_CONCURRENCY", default: EdgePolicy.defaultPDFConcurrency, range: 1...16,
                               unit: "PDFs printed at once")

        var proxies = TrustedProxies.none
        if let text = environment["OVERSIGHT_TRUSTED_PROXIES"], !text.isEmpty {
            let (parsed, refused) = TrustedProxies.parse(text)
            proxies = parsed
            for entry in refused {
                problems.append("OVERSIGHT_TRUSTED_PROXIES must list IP addresses or CIDR blocks such as 10.0.0.0/8 or ::1, separated by commas; \"\(entry)\" is not one")
            }
        }

        if !problems.isEmpty { return .failure(ConfigurationError(problems: problems)) }
        return .success(OversightConfiguration(
            host: host, port: port, dataDirectory: dataDirectory, database: database,
            logLevel: logLevel, logFormat: logFormat, sessions: SessionPolicy(idleMinutes: idle, absoluteHours: absolute),
            edge: EdgePolicy(trustedProxies: proxies, pdfConcurrency: printers)
        ))
    }

    /// Nil when the directory exists (or could be made) and a file can be written in it.
    static func checkWritable(_ directory: URL) -> String? {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { return "is a file, not a directory" }
        } else {
            do {
                try files.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                return "does not exist and cannot be created (check the parent directory's permissions)"
            }
        }
        let probe = directory.appendingPathComponent(".oversight-write-check-\(UUID().uuidString)")
        guard files.createFile(atPath: probe.path, contents: Data("ok".utf8)) else {
            return "cannot be written to (check its permissions)"
        }
        try? files.removeItem(at: probe)
        return nil
    }

    /// Nil for an address that could be a PostgreSQL server, else what is wrong with it.
    static func checkPostgresURL(_ text: String) -> String? {
        let hint = "DATABASE_URL must look like postgres://user:password@host:5432/database"
        guard let components = URLComponents(string: text), let scheme = components.scheme else {
            return ("\(hint); it is not a URL")
        }
        guard ["postgres", "postgresql"].contains(scheme.lowercased()) else {
            return ("\(hint); the scheme \"\(scheme)\" is not postgres")
        }
        guard let host = components.host, !host.isEmpty else {
            return ("\(hint); it names no host")
        }
        if let port = components.port, !(1...65535).contains(port) {
            return ("\(hint); the port \(port) is out of range")
        }
        return nil
    }
}
