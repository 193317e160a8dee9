import Foundation
@testable import OversightDocuments
import Testing

/// QR codes made by Oversight are read back by a real decoder (ZBar's `zbarimg`), at sizes that
/// exercise one block and many, 8-bit and 16-bit counts, and the version information of version 7 up.
@Suite("QR codes")
struct QRCodeTests {
    static let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The symbol as a plain PBM, four pixels a module with its quiet zone, read by zbarimg.
    static func decode(_ code: QRCode) throws -> String? {
        guard let zbarimg else { return nil }
        let scale = 4, side = (code.size + 8) * scale
        var pbm = "P1\n\(side) \(side)\n"
        for y in 0..<side {
            let row = (0..<side).map { x -> String in
                let (mx, my) = (x / scale - 4, y / scale - 4)
                let dark = (0..<code.size).contains(mx) && (0..<code.size).contains(my) && code.modules[my][mx]
                return dark ? "1" : "0"
            }
            pbm += row.joined(separator: " ") + "\n"
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pbm")
        try pbm.write(to: file, atomically: true, encoding: .ascii)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--raw", "-q", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    @Test("What is encoded is what a decoder reads, from a few bytes to a thousand", arguments: [
        "HELLO",
        "otpauth://totp/Oversight%3Apriya.raman@northshire.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Oversight&algorithm=SHA1&digits=6&period=30",
        String(repeating: "Northshire's improvement plan; ", count: 10),
        String(repeating: "Children's services 0123456789 ", count: 33),
    ])
    func readsBack(_ text: String) throws {
        guard Self.zbarimg != nil else {
            Issue.record("zbarimg is needed for this test: apt-get install zbar-tools")
            return
        }
        let code = try QRCode.encode(text)
        #expect(code.size == code.version * 4 + 17)
        #expect(try Self.decode(code) == text, "version \(code.version)")
    }

    @Test("The smallest version is chosen, and too much data is refused by name")
    func versions() throws {
        #expect(try QRCode.encode("HELLO").version == 1)
        #expect(try QRCode.encode(String(repeating: "a", count: 14)).version == 1, "version 1 at level M holds 14 bytes")
        #expect(try QRCode.encode(String(repeating: "a", count: 15)).version == 2)
        #expect(throws: QRCode.Problem.tooLong(3000)) { try QRCode.encode([UInt8](repeating: 65, count: 3000)) }
    }
}
