import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore
import Vapor

/// `oversight bench`: the benchmark suite. It builds the demo council and the `--scale N`
/// load-test data in a SQLite file of its own, then times, in this process, what the issue on
/// performance names: the plan overview, exceptions, coverage and scorecard pages (freshly made,
/// and from the page cache), a report whose appendix is the largest plan as a page and as Word,
/// an import of 100,000 figures, a 10,000-row plan tracker read and imported, RAG and
/// small-number evaluation, and the working-day rules.
/// It prints Markdown tables for `docs/performance.md`. Figures, never pass or fail.
public enum OversightBench {
    /// The parts of the suite, each of which can be run alone while working on it.
    public enum Part: String, CaseIterable, Sendable {
        case pages, imports, tracker, rules
    }

    public struct Options: Sendable {
        public var scale: Int
        public var iterations: Int
        /// The rows of the plan tracker imported.
        public var trackerRows: Int
        public var parts: Set<Part>

        public init(scale: Int, iterations: Int, trackerRows: Int = 10_000, parts: Set<Part> = Set(Part.allCases)) {
            self.scale = scale
            self.iterations = iterations
            self.trackerRows = trackerRows
            self.parts = parts
        }
    }

    public static func run(_ options: Options, say: @escaping @Sendable (String) -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oversight-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = try await Application.make(Environment(name: "production", arguments: ["oversight", "bench"]))
        do {
            try configure(app, database: .sqliteFile(path: directory.appendingPathComponent("bench.sqlite").path))
            try await prepareDatabase(app)
            try await app.asyncBoot()
            let timing = BenchTiming(iterations: options.iterations, say: say)
            let council = try await seed(app, scale: options.scale, timing: timing)
            if options.parts.contains(.pages) { try await BenchPages(app: app, council: council, timing: timing).run() }
            if options.parts.contains(.imports) { try await BenchImport(app: app, council: council, timing: timing).run() }
            if options.parts.contains(.tracker) {
                try await BenchPlanImport(app: app, council: council, timing: timing, rows: options.trackerRows).run()
            }
            if options.parts.contains(.rules) { try await BenchDomain(timing: timing).run() }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    private static func seed(_ app: Application, scale: Int, timing: BenchTiming) async throws -> Council {
        timing.header("Data", "The demo council, then `--scale \(scale)` beside it, in a SQLite file (WAL), timed once each.")
        try await timing.measure("The demo council", iterations: 1, warmUp: 0) {
            _ = try await DemoCouncil.seed(on: app.db, dependencies: .live)
            return 0
        }
        guard let council = try await CouncilStore.all(on: app.db).first(where: { $0.name == DemoCouncil.name }) else {
            throw OversightAdmin.Problem.message("the demo council was not created")
        }
        if scale > 0 {
            var added: DemoScale.Figures?
            try await timing.measure("`--scale \(scale)`: plans, indicators, risks and meetings", iterations: 1, warmUp: 0) {
                added = try await DemoScale.seed(scale: scale, council: council.id, on: app.db, now: Date())
                return 0
            }
            if let added {
                timing.say("\nThe load-test data: \(added.plans) plans with \(added.actions) actions and \(added.updates) updates, "
                           + "\(added.features.indicators) indicators with \(added.features.values) figures, "
                           + "\(added.features.risks) risks with \(added.features.reviews) reviews, \(added.features.meetings) meetings.")
            }
        }
        return council
    }
}
