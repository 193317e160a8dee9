import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238, over RFC 4226's HOTP): HMAC-SHA-1 of the count of
/// 30-second steps since 1970, six digits, as every authenticator app computes them.
public enum OneTimePassword {
    public static let step: TimeInterval = 30
    public static let digits = 6

    /// The code for `time`, zero-padded to `digits`.
    public static func code(secret: [UInt8], at time: Date, digits: Int = digits) -> String {
        code(secret: secret, counter: UInt64(max(0, time.timeIntervalSince1970 / step)), digits: digits)
    }

    public static func code(secret: [UInt8], counter: UInt64, digits: Int = digits) -> String {
        let message = (0..<8).map { UInt8(truncatingIfNeeded: counter >> (56 - 8 * $0)) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let value = (UInt32(mac[offset] & 0x7F) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8)
            | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus &*= 10 }
        let text = String(value % modulus)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// The counter of the step within one step either side of `time` whose code is `code`, if any:
    /// clocks a little apart still agree. The caller refuses a counter already used.
    public static func matchingCounter(secret: [UInt8], code: String, at time: Date) -> UInt64? {
        guard code.count == digits, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber) else { return nil }
        let now = UInt64(max(0, time.timeIntervalSince1970 / step))
        for counter in [now, now &- 1, now &+ 1] where counter <= now + 1 {
            // Compared in full every time, so the time taken does not say how much matched.
            let expected = Self.code(secret: secret, counter: counter)
            if zip(expected.utf8, code.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 { return counter }
        }
        return nil
    }

    /// RFC 4648 base32 without padding: how a secret is typed into, or read from a QR code by, an app.
    public static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var text = "", buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                text.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
            buffer &= (1 << bits) - 1
        }
        if bits > 0 { text.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return text
    }

    /// The `otpauth://` address an authenticator app reads from the QR code.
    public static func provisioningURI(secret: [UInt8], account: String, issuer: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~@")
        let label = (issuer + ":" + account).addingPercentEncoding(withAllowedCharacters: allowed) ?? account
        let issuerParameter = issuer.addingPercentEncoding(withAllowedCharacters: allowed) ?? issuer
        return "otpauth://totp/\(label)?secret=\(base32(secret))&issuer=\(issuerParameter)&algorithm=SHA1&digits=\(digits)&period=\(Int(step))"
    }
}
