import Foundation
@testable import OversightApp
import Testing

/// Compares rendered output with a file stored beside the tests. A missing file is written and
/// the test fails once, so that a new snapshot is always looked at before it is committed.
/// Set OVERSIGHT_RECORD_SNAPSHOTS=1 to rewrite every snapshot after a deliberate change.
func assertSnapshot(_ text: String, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots", isDirectory: true)
    let file = directory.appendingPathComponent(name + ".html")
    // One element per line, so that a failing diff points at the element that changed.
    // The stylesheet's name carries its hash; a CSS change alone should not touch every snapshot.
    let normalised = text.replacingOccurrences(of: Stylesheet.fileName, with: "oversight.css")
        .replacingOccurrences(of: Script.fileName, with: "oversight.js")
        .replacingOccurrences(of: "><", with: ">\n<") + "\n"
    let record = ProcessInfo.processInfo.environment["OVERSIGHT_RECORD_SNAPSHOTS"] == "1"
    guard !record, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try normalised.write(to: file, atomically: true, encoding: .utf8)
        if !record {
            Issue.record("Recorded a new snapshot \(name).html: look at it, then run the tests again.",
                         sourceLocation: sourceLocation)
        }
        return
    }
    if stored != normalised {
        let storedLines = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = normalised.split(separator: "\n", omittingEmptySubsequences: false)
        let index = Array(zip(storedLines, newLines)).firstIndex { $0 != $1 } ?? min(storedLines.count, newLines.count)
        let was = index < storedLines.count ? String(storedLines[index]) : "(end)"
        let now = index < newLines.count ? String(newLines[index]) : "(end)"
        Issue.record("Snapshot \(name).html differs at line \(index + 1):\n  stored: \(was)\n  now:    \(now)",
                     sourceLocation: sourceLocation)
    }
}
