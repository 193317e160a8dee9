import Crypto
import Foundation

/// SHA-256 in lower-case hex: the one form Oversight uses for the audit chain, approved versions,
/// evidence files, and the stored hashes of session cookies and API tokens.
public func sha256Hex<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
    SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
}

public func sha256Hex(_ text: String) -> String { sha256Hex(Data(text.utf8)) }

/// JSON with sorted keys: the same value always gives the same text, so that what is stored can
/// be compared and checksummed (frozen plan versions and reports, templates, JSON columns).
public func canonicalJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
