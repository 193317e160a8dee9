import Foundation

/// The yardstick for an import: the `sqlite3` shell's `.import` of the same CSV file into a table
/// keyed on indicator and period, in a new WAL database as Oversight's is. It reads and writes
/// and nothing else: no check of a code, a period or a validated figure, no audit entry. Timed
/// from the shell's start to its end, so its process start-up (a few milliseconds) is included.
struct SQLiteShellImport {
    let executable: URL

    static let described = "`sqlite3` in a new WAL database, one transaction, its start-up included"

    /// The `sqlite3` on the PATH, or nil.
    static func find() -> SQLiteShellImport? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("sqlite3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return SQLiteShellImport(executable: candidate) }
        }
        return nil
    }

    /// Milliseconds for the shell to import `bytes` (a CSV file with a header line).
    func time(_ bytes: [UInt8]) throws -> Double {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oversight-sqlite3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("figures.csv")
        // The shell would read a byte-order mark as part of the first column's name; the header
        // line is skipped, so the mark goes with it either way.
        try Data(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes).write(to: csv)
        let script = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE figures (indicator_code TEXT NOT NULL, period TEXT NOT NULL, numerator REAL, denominator REAL,
                                  value REAL, status TEXT NOT NULL, comment TEXT, PRIMARY KEY (indicator_code, period));
            .import --csv --skip 1 '\(csv.path)' figures
            SELECT COUNT(*) FROM figures;
            """
        let process = Process()
        process.executableURL = executable
        process.arguments = [directory.appendingPathComponent("figures.sqlite").path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let answer = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let elapsed = BenchTiming.since(start)
        let lines = bytes.split(separator: 0x0A).count - 1
        guard process.terminationStatus == 0, answer.split(separator: "\n").last.map(String.init) == String(lines) else {
            throw SQLiteShellImportFailure(answer: answer)
        }
        return elapsed
    }
}

struct SQLiteShellImportFailure: Error, CustomStringConvertible {
    var answer: String
    var description: String { "sqlite3 .import did not import every line: \(answer.prefix(500))" }
}
