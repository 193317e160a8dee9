import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore
import Vapor

/// Importing 100,000 figures (80 monthly indicators x 1,250 months) with the use case that the
/// web form and `oversight indicators import` share: a dry run (read and check every line), then
/// the import (check, write every figure and one audit entry in one transaction). Each round
/// uses indicators of its own, because a validated figure cannot be imported twice.
struct BenchImport {
    let app: Application
    let council: Council
    let timing: BenchTiming
    static let indicators = 80
    static let months = 1250

    func run() async throws {
        var dryRuns: [Double] = [], imports: [Double] = [], shell: [Double] = []
        var size = 0
        let sqlite3 = SQLiteShellImport.find()
        for round in 1...max(1, min(3, timing.iterations)) {
            let bytes = try await prepare(round)
            size = bytes.count
            if let sqlite3 { shell.append(try sqlite3.time(bytes)) }
            let importer = ImportIndicatorValues(dependencies: app.oversight.dependencies)
            for dryRun in [true, false] {
                let start = DispatchTime.now().uptimeNanoseconds
                let outcome = try await importer(bytes, council: council.id, dryRun: dryRun, by: .commandLine, on: app.db)
                let elapsed = DispatchTime.now().uptimeNanoseconds - start
                guard outcome.problems.isEmpty, outcome.values.count == Self.indicators * Self.months else {
                    throw OversightAdmin.Problem.message("the import refused the file: \(outcome.problems.first?.message ?? "wrong count")")
                }
                if dryRun { dryRuns.append(Double(elapsed) / 1_000_000) } else { imports.append(Double(elapsed) / 1_000_000) }
            }
        }
        timing.header("Importing 100,000 figures",
                      "One CSV file (\(Self.indicators) indicators x 1,250 months, with numerators, denominators and statuses), once a round; file reading and process start-up are not included. Each round's file is for new indicators, beside the figures of the rounds before (100,000 more each time), which the import reads to refuse replacing a validated figure.")
        for (round, (dryRun, written)) in zip(dryRuns, imports).enumerated() {
            timing.report("Round \(round + 1), dry run: read and check every line", [dryRun], size: size)
            timing.report("Round \(round + 1), import: check, then write every figure in one transaction", [written], size: size)
            if round < shell.count {
                timing.report("Round \(round + 1), `sqlite3 .import` of the same file into a keyed table", [shell[round]], size: size)
            }
        }
        if shell.isEmpty {
            timing.say("\n`sqlite3` was not found on the PATH, so the import was not measured beside `sqlite3 .import` (Debian: `apt-get install sqlite3`).")
        } else {
            let ratio = imports.sorted()[imports.count / 2] / shell.sorted()[shell.count / 2]
            timing.say("\nThe import took \(String(format: "%.1f", ratio)) times as long as `sqlite3 .import` of the same file (medians of the rounds; \(SQLiteShellImport.described)).")
        }
    }

    /// The round's indicators, added as the form adds them, and the file of their figures.
    private func prepare(_ round: Int) async throws -> [UInt8] {
        let save = SaveIndicator(dependencies: app.oversight.dependencies)
        var csv = "\u{FEFF}indicator_code,period,numerator,denominator,value,status,comment\r\n"
        for number in 1...Self.indicators {
            let code = "BENCH\(round)-\(number)"
            _ = try await save.create(IndicatorDraft(
                code: code, title: "Benchmark indicator \(round).\(number)", description: "Made by oversight bench.",
                numerator: "Counted", denominator: "Out of", unit: .percentage, polarity: .higherIsBetter, frequency: .monthly,
                theme: "Benchmark", source: nil, ownerID: nil, dataQualityNote: nil, countsChildren: false),
                in: council.id, by: .commandLine, on: app.db)
            for month in 0..<Self.months {
                let denominator = 150 + (number * 7 + month) % 60
                let numerator = denominator * (40 + (number + month) % 50) / 100
                csv += "\(code),\(1990 + month / 12)-\(String(format: "%02d", month % 12 + 1)),\(numerator),\(denominator),,validated,\r\n"
            }
        }
        return Array(csv.utf8)
    }
}
