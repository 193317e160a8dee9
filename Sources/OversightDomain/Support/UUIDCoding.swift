import Foundation

/// UUIDs to and from their 36-character text without Foundation's C path: on Linux,
/// `UUID(uuidString:)` parses with `sscanf` and `uuidString` prints with `sprintf`, and a plan page
/// reads and writes thousands of ids (SQLite keeps them as text; every link carries one). The
/// profile put `sscanf` alone at about 6% of a plan page made afresh (`docs/performance.md`).
public enum UUIDCoding {
    /// Reads 8-4-4-4-12 hexadecimal digits, either case, as `UUID(uuidString:)` does; nil for
    /// anything else (braces, missing dashes, other lengths, other characters).
    public static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36 else { return nil }
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let read = withUnsafeMutableBytes(of: &value) { out -> Bool in
            var index = 0
            var written = 0
            while index < 36 {
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    guard bytes[index] == UInt8(ascii: "-") else { return false }
                    index += 1
                    continue
                }
                // Each group has an even number of digits, so a pair never straddles a dash.
                guard let high = digit(bytes[index]), let low = digit(bytes[index + 1]) else { return false }
                out[written] = high << 4 | low
                written += 1
                index += 2
            }
            return true
        }
        return read ? UUID(uuid: value) : nil
    }

    /// The lower-case form, as links and `Identifier.description` print it.
    public static func lowercase(_ uuid: UUID) -> String { format(uuid, alphabet: lower) }

    /// The upper-case form, as `uuidString` prints it and as SQLite keeps ids.
    public static func uppercase(_ uuid: UUID) -> String { format(uuid, alphabet: upper) }

    private static let lower: [UInt8] = Array("0123456789abcdef".utf8)
    private static let upper: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func format(_ uuid: UUID, alphabet: [UInt8]) -> String {
        withUnsafeBytes(of: uuid.uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { out in
                var index = 0
                for (position, byte) in bytes.enumerated() {
                    if position == 4 || position == 6 || position == 8 || position == 10 {
                        out[index] = UInt8(ascii: "-")
                        index += 1
                    }
                    out[index] = alphabet[Int(byte >> 4)]
                    out[index + 1] = alphabet[Int(byte & 0x0F)]
                    index += 2
                }
                return index
            }
        }
    }

    private static func digit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
