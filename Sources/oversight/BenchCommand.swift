import ArgumentParser
import Foundation
import OversightApp
import OversightDemo

/// `oversight bench`: the benchmark suite, printed as Markdown for docs/performance.md.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the plan, exceptions, coverage and scorecard pages, a report with a large plan as its appendix, an import of 100,000 figures and the rating and working-day rules.",
        discussion: "Builds the demo council and the --scale load-test data in a temporary SQLite file of its own (your data is not touched), then prints Markdown tables. Figures, not pass or fail: use a release build (swift build -c release) for figures worth comparing.")

    @Option(help: ArgumentHelp("The load-test data beside the demo council, as for `oversight demo --scale` (default 10).", valueName: "N"))
    var scale = 10

    @Option(help: "How many times each page or rule is timed after two warm-up runs (default 30).")
    var iterations = 30

    @Option(help: ArgumentHelp("Run only these parts, comma-separated: pages, imports, tracker, rules (default all).", valueName: "parts"))
    var only: String?

    /// The parts asked for, or every part.
    private var parts: Set<OversightBench.Part> {
        guard let only else { return Set(OversightBench.Part.allCases) }
        return Set(only.split(separator: ",").compactMap { OversightBench.Part(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
    }

    func validate() throws {
        guard (0...50).contains(scale) else { throw ValidationError("--scale must be a whole number from 0 to 50, not \(scale)") }
        guard (1...10_000).contains(iterations) else {
            throw ValidationError("--iterations must be a whole number from 1 to 10000, not \(iterations)")
        }
        if let only {
            let names = only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let unknown = names.filter { OversightBench.Part(rawValue: $0) == nil }
            guard unknown.isEmpty, !names.isEmpty else {
                throw ValidationError("--only takes pages, imports, tracker or rules, separated by commas, not \(unknown.first.map { "\"\($0)\"" } ?? "nothing")")
            }
        }
    }

    func run() async throws {
        // The bench's own requests would otherwise log a line each.
        setenv("OVERSIGHT_LOG_LEVEL", "warning", 0)
        _ = try ServerOptions.parse([]).load() // sets up logging
        try await reportingProblems {
            try await OversightBench.run(.init(scale: scale, iterations: iterations, parts: parts)) { line in print(line) }
        }
    }
}
