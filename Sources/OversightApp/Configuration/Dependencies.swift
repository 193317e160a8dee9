import Foundation
import Vapor

/// The side effects a use case may have beyond the database, behind closures so that tests
/// fix them: the same ids and the same "now" give the same pages and snapshots.
public struct Dependencies: Sendable {
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> UUID
    /// bcrypt: cost 12 in production; tests use the minimum so that a hash takes microseconds.
    public var hashPassword: @Sendable (String) throws -> String
    public var verifyPassword: @Sendable (String, String) -> Bool
    /// Unguessable text for session cookies, CSRF tokens and API tokens.
    public var randomToken: @Sendable () -> String

    public init(now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> UUID,
                bcryptCost: Int = 12,
                randomToken: @escaping @Sendable () -> String = Dependencies.secureRandomToken) {
        self.now = now
        self.newID = newID
        self.hashPassword = { try Bcrypt.hash($0, cost: bcryptCost) }
        self.verifyPassword = { password, hash in (try? Bcrypt.verify(password, created: hash)) ?? false }
        self.randomToken = randomToken
    }

    public static let live = Dependencies(now: { Date() }, newID: { timeOrderedUUID(at: Date()) })

    /// A version 7 UUID (RFC 9562): the milliseconds since 1970 in its first 48 bits, then 74
    /// random bits. Ids made one after another sort in the order they were made, so each new row
    /// lands at the end of its table's id index rather than on a random page of it: importing
    /// 100,000 figures rewrote most of the pages of that index, and the statement journal copied
    /// each one first (ADR 0014). The random bits come from the system's cryptographic generator
    /// through `RandomBytes`; an id is not a secret (sessions and tokens use `secureRandomToken`).
    @Sendable public static func timeOrderedUUID(at time: Date) -> UUID {
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &bytes) { bytes in
            RandomBytes.shared.fill(UnsafeMutableRawBufferPointer(rebasing: bytes[6...]))
            // Before 1970 or past the year 10889 cannot be put in 48 bits; neither is a clock's real
            // reading, and either is held at the nearest end rather than wrapped.
            let milliseconds = min(UInt64(clamping: Int64(exactly: (time.timeIntervalSince1970 * 1000).rounded(.down)) ?? 0),
                                   0xFFFF_FFFF_FFFF)
            for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
            bytes[6] = (bytes[6] & 0x0F) | 0x70 // version 7: time-ordered
            bytes[8] = (bytes[8] & 0x3F) | 0x80 // the RFC 9562 variant
            return UUID(uuid: bytes.load(as: uuid_t.self))
        }
    }

    /// 32 bytes from the system's cryptographic generator, as URL-safe base64 (43 characters).
    @Sendable public static func secureRandomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

