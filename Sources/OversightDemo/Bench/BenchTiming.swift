import Foundation
import OversightApp

/// Times one piece of work many times and prints a Markdown table row: the median, the 95th
/// percentile and the fastest. Figures, never a verdict.
struct BenchTiming {
    var iterations: Int
    var say: @Sendable (String) -> Void

    func header(_ title: String, _ note: String) {
        say("\n### \(title)\n\n\(note)\n\n| What | Median | 95th percentile | Fastest | Size |\n|---|---:|---:|---:|---:|")
    }

    /// `work` returns the size of what it made, in bytes (0 when that means nothing).
    @discardableResult
    func measure(_ name: String, iterations count: Int? = nil, warmUp: Int = 2,
                 _ work: () async throws -> Int) async throws -> Double {
        let runs = max(1, count ?? iterations)
        for _ in 0..<min(warmUp, runs) { _ = try await work() }
        var times: [Double] = []
        var size = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            size = try await work()
            times.append(Self.since(start))
        }
        return report(name, times, size: size)
    }

    /// Prints the row for times measured elsewhere, in milliseconds; returns the median.
    @discardableResult
    func report(_ name: String, _ samples: [Double], size: Int = 0) -> Double {
        let times = samples.sorted()
        guard !times.isEmpty else { return 0 }
        let median = times[times.count / 2]
        let p95 = times[min(times.count - 1, Int((Double(times.count) * 0.95).rounded(.up)) - 1)]
        say("| \(name) | \(Self.format(median)) | \(Self.format(p95)) | \(Self.format(times[0])) | \(Self.size(size)) |")
        return median
    }

    /// Milliseconds since `start` (from `DispatchTime.now().uptimeNanoseconds`).
    static func since(_ start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// Keeps a result alive, so that the optimiser cannot drop the work that made it.
    @inline(never)
    static func keep<T>(_ value: T) {
        withExtendedLifetime(value) {}
    }

    static func format(_ milliseconds: Double) -> String {
        milliseconds >= 1000 ? String(format: "%.2f s", milliseconds / 1000)
            : milliseconds >= 1 ? String(format: "%.1f ms", milliseconds) : String(format: "%.0f µs", milliseconds * 1000)
    }

    static func size(_ bytes: Int) -> String {
        bytes == 0 ? "" : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) B"
    }
}
