import Foundation
@testable import OversightDocuments
import Testing
import ZIPFoundation

/// The zip inside every `.docx` and `.xlsx` Oversight writes, read back by another implementation
/// (ZIPFoundation, which checks each entry's CRC as it extracts) and by Python's `zipfile`.
@Suite("Writing zip packages")
struct ZipWriterTests {
    /// Parts like a real package's: small, empty, and one large enough to need many deflate blocks,
    /// with text outside ASCII.
    static let parts: [(path: String, xml: String)] = [
        ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="urn:x"/>"#),
        ("docProps/empty.xml", ""),
        ("word/document.xml", (1...20_000).map { "<w:p>Action \($0): Ffion’s review — £\($0 * 3) “agreed”</w:p>" }.joined()),
    ]

    @Test("Every part comes back byte for byte, each entry's CRC checked, dated in London time")
    func readBack() throws {
        // 14:30:20 on 1 July 2026 in London is 13:30:20 UTC.
        let modified = Date(timeIntervalSince1970: 1_782_912_620)
        let zip = try OOXMLPackage.zip(Self.parts, modified: modified)
        let archive = try Archive(data: zip, accessMode: .read)
        #expect(archive.map(\.path) == Self.parts.map(\.path))
        for (path, xml) in Self.parts {
            let entry = try #require(archive[path])
            var read = Data()
            _ = try archive.extract(entry, skipCRC32: false) { read.append($0) }
            #expect(read == Data(xml.utf8), "\(path) comes back whole")
            // ZIPFoundation turns the zip's wall-clock stamp into a date in the process's time zone.
            let stamp = try #require(entry.fileAttributes[.modificationDate] as? Date)
            let wall = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: stamp)
            #expect([wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second] == [2026, 7, 1, 14, 30, 20],
                    "\(path) is dated 14:30:20 on 1 July 2026")
        }
        let large = Data(Self.parts[2].xml.utf8).count
        #expect(zip.count < large / 5, "deflated: \(zip.count) bytes for \(large)")
    }

    @Test("The same parts and date give the same bytes")
    func deterministic() throws {
        let modified = Date(timeIntervalSince1970: 1_782_912_620)
        #expect(try OOXMLPackage.zip(Self.parts, modified: modified) == (try OOXMLPackage.zip(Self.parts, modified: modified)))
    }

    @Test("Python's zipfile finds every entry whole", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func pythonReads() throws {
        let zip = try OOXMLPackage.zip(Self.parts, modified: Date(timeIntervalSince1970: 1_782_912_620))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID()).zip")
        try zip.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        // testzip reads every entry and checks its CRC; it names the first bad one, or None.
        python.arguments = ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), len(z.namelist()), "
                                + "z.getinfo('word/document.xml').date_time)", file.path]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        python.waitUntilExit()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.trimmingCharacters(in: .whitespacesAndNewlines) == "None 3 (2026, 7, 1, 14, 30, 20)")
    }
}
