import Foundation
import OversightStore
import Testing

@Suite("Checksums")
struct ChecksumTests {
    @Test("SHA-256 prints as the 64 lower-case hex digits the standard's examples give")
    func sha256() {
        #expect(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(lowercaseHex([0x00, 0x0F, 0xA0, 0xFF]) == "000fa0ff")
    }
}
