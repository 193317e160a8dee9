import Crypto
import Foundation

/// SHA-256 in lower-case hex: the one form Oversight uses for the audit chain, approved versions,
/// evidence files, and the stored hashes of session cookies and API tokens.
public func sha256Hex<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
    lowercaseHex(SHA256.hash(data: bytes))
}

/// Bytes as lower-case hexadecimal, two digits a byte. Every request with a session cookie hashes
/// it to find the session: `String(format: "%02x")` a byte had been about a twentieth of the
/// server's work under the mixed load (`docs/performance.md`).
public func lowercaseHex(_ bytes: some Sequence<UInt8>) -> String {
    var text = ""
    text.reserveCapacity(bytes.underestimatedCount * 2)
    for byte in bytes {
        text.unicodeScalars.append(hexDigits[Int(byte >> 4)])
        text.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
    }
    return text
}

private let hexDigits = Array("0123456789abcdef".unicodeScalars)

public func sha256Hex(_ text: String) -> String { sha256Hex(Data(text.utf8)) }

/// JSON with sorted keys: the same value always gives the same text, so that what is stored can
/// be compared and checksummed (frozen plan versions and reports, templates, JSON columns).
public func canonicalJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
