import Foundation
import NIOConcurrencyHelpers

/// Prints HTML to PDF with headless Chromium, so the PDF is the same page as the browser shows,
/// laid out by the print stylesheet. Chromium is found on the PATH (or `OVERSIGHT_CHROMIUM`);
/// without it the caller gets a message saying how to install it.
///
/// Chromium is given the page as a string with scripts switched off and every request it would
/// make refused, so a page can neither run anything nor reach a file or the network; the page
/// also carries its own Content-Security-Policy (`ReportViews.printable`). At most
/// `PDFPrinter.Pool.limit` print at once (`OVERSIGHT_PDF_CONCURRENCY`); beyond that a request is
/// answered 503 with `Retry-After` at once rather than queued behind them.
enum PDFPrinter {
    struct Failure: Error {
        var message: String
        /// Set when the printers were only busy: the seconds to wait before asking again.
        var retryAfterSeconds: Int? = nil
    }

    /// Every printer is busy: say so and when to try again.
    struct Busy: Error {
        var retryAfterSeconds: Int
    }

    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The Chromium to use, looked up once.
    static let chromium: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["OVERSIGHT_CHROMIUM"], FileManager.default.isExecutableFile(atPath: configured) {
            return configured
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for directory in path {
            for name in candidates {
                let file = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: file) { return file }
            }
        }
        return nil
    }()

    static let missing = "PDF files are made with Chromium, which is not installed on this server. Ask your system administrator to install it (on Debian or Ubuntu: apt-get install chromium), or download the Word version and save it as PDF."

    static let busy = "Oversight is making other PDFs just now. Try again in a few seconds, or download the Word version."

    static let failed = "Chromium did not produce the PDF. Try again; if it keeps failing, download the Word version and save it as PDF."

    /// How many Chromium processes may print at once, across every request of this server.
    final class Pool: Sendable {
        let limit: Int
        private let running = NIOLockedValueBox(0)

        init(limit: Int) { self.limit = max(1, limit) }

        var inUse: Int { running.withLockedValue { $0 } }

        func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
            let admitted = running.withLockedValue { count -> Bool in
                guard count < limit else { return false }
                count += 1
                return true
            }
            guard admitted else { throw Busy(retryAfterSeconds: 10) }
            defer { running.withLockedValue { $0 -= 1 } }
            return try await work()
        }
    }

    static func print(html: String, chromium: String? = PDFPrinter.chromium, timeout: TimeInterval = 60) async throws -> Data {
        guard let chromium else { throw Failure(message: missing) }
        let deadline = Date().addingTimeInterval(timeout)
        return try await withCheckedThrowingContinuation { continuation in
            // Chromium is driven with blocking reads: on a thread of its own, never on an event loop.
            let thread = Thread {
                continuation.resume(with: Result { try printBlocking(html: html, chromium: chromium, deadline: deadline) })
            }
            thread.start()
        }
    }

    private static func printBlocking(html: String, chromium: String, deadline: Date) throws -> Data {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("oversight-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        let browser: ChromiumPipe
        do {
            browser = try ChromiumPipe(chromium: chromium, profile: profile.path, deadline: deadline)
        } catch let failure as ChromiumPipe.Failure {
            throw Failure(message: "Chromium could not be started: \(failure.message)")
        }
        defer { browser.stop() }
        do {
            let target = try browser.call("Target.createTarget", ["url": "about:blank"])
            guard let targetID = target["targetId"] as? String,
                  let session = try browser.call("Target.attachToTarget", ["targetId": targetID, "flatten": true])["sessionId"] as? String
            else { throw Failure(message: failed) }
            try browser.call("Emulation.setScriptExecutionDisabled", ["value": true], session: session)
            // Every request the page would make is paused and refused (see `ChromiumPipe.call`).
            try browser.call("Fetch.enable", ["patterns": [["urlPattern": "*"]]], session: session)
            try browser.call("Page.enable", session: session)
            let tree = try browser.call("Page.getFrameTree", session: session)
            guard let frame = (tree["frameTree"] as? [String: Any])?["frame"] as? [String: Any],
                  let frameID = frame["id"] as? String else { throw Failure(message: failed) }
            try browser.call("Page.setDocumentContent", ["frameId": frameID, "html": html], session: session)
            let printed = try browser.call("Page.printToPDF", [
                "printBackground": true, "preferCSSPageSize": true, "displayHeaderFooter": false,
            ], session: session)
            guard let encoded = printed["data"] as? String, let data = Data(base64Encoded: encoded),
                  data.starts(with: Array("%PDF".utf8)) else { throw Failure(message: failed) }
            return data
        } catch is ChromiumPipe.Failure {
            throw Failure(message: failed)
        }
    }
}
