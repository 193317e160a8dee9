import Foundation
import NIOConcurrencyHelpers
@testable import OversightApp
@testable import OversightDemo
import Testing

@Suite("oversight bench")
struct BenchTests {
    @Test("The benchmark suite measures every page, document, import and rule it names, and prints a figure for each")
    func runsEverything() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        try await OversightBench.run(.init(scale: 0, iterations: 1, trackerRows: 300)) { line in lines.withLockedValue { $0.append(line) } }
        let output = lines.withLockedValue { $0.joined(separator: "\n") }
        for row in ["Dashboard (the council's overview)", "Plan overview (", "Exceptions (", "Coverage (", "Scorecard (every indicator)",
                    "Risk register", "Word `.docx` (draft)", "Word `.docx` (published)", "Report page (published)",
                    "Round 1, dry run: read and check every line", "Round 1, import: check, then write every figure",
                    "Read the workbook", "Guess the columns and preview every row", "Create the draft plan: 300 actions",
                    "RAG and direction of travel", "Small-number suppression", "Publication deadline for every day"] {
            let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("| " + row) }, "no row for \(row)")
            #expect(line.contains(" ms |") || line.contains(" s |") || line.contains(" µs |"), "\(row) has a time: \(line)")
        }
        #expect(output.contains("### Pages, from the page cache"))
        // Each comparison is printed, or the reason it could not be made on this machine.
        #expect(output.contains("| PDF (published, from its kept copy) |") || output.contains("The PDF was not measured"))
        #expect(output.contains("times as long as `sqlite3 .import`") || output.contains("`sqlite3` was not found"))
    }

    @Test("--only runs the parts asked for and nothing else")
    func runsOnlyWhatIsAsked() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        try await OversightBench.run(.init(scale: 0, iterations: 1, trackerRows: 300, parts: [.rules])) { line in
            lines.withLockedValue { $0.append(line) }
        }
        let output = lines.withLockedValue { $0.joined(separator: "\n") }
        #expect(output.contains("| RAG and direction of travel"))
        #expect(!output.contains("| Plan overview ("), "pages were not asked for")
        #expect(!output.contains("| Round 1, dry run"), "imports were not asked for")
        #expect(!output.contains("| Read the workbook"), "the tracker was not asked for")
    }
}
