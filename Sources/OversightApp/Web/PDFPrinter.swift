import Foundation

/// Prints HTML to PDF with headless Chromium, so the PDF is the same page as the browser shows,
/// laid out by the print stylesheet. Chromium is found on the PATH (or `OVERSIGHT_CHROMIUM`);
/// without it the caller gets a message saying how to install it.
enum PDFPrinter {
    struct Failure: Error {
        var message: String
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

    static func print(html: String, chromium: String? = PDFPrinter.chromium, timeout: TimeInterval = 60) async throws -> Data {
        guard let chromium else { throw Failure(message: missing) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oversight-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("report.html")
        let output = directory.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(output.path)", input.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished: Bool = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { _ in continuation.resume(returning: true) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: Failure(message: "Chromium could not be started: \(error.localizedDescription)"))
                return
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if process.isRunning { process.terminate() }
            }
        }
        guard finished, let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
            throw Failure(message: "Chromium did not produce the PDF. Try again; if it keeps failing, download the Word version and save it as PDF.")
        }
        return data
    }
}
