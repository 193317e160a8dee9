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

    public static let live = Dependencies(now: { Date() }, newID: randomUUID)

    /// A version 4 UUID from the system's cryptographic generator (`getrandom`). Foundation's
    /// `UUID()` on Linux opens `/dev/urandom` for every id, which was a twelfth of the time of
    /// importing 100,000 figures (one id each).
    @Sendable public static func randomUUID() -> UUID {
        var generator = SystemRandomNumberGenerator()
        var words = (generator.next() as UInt64, generator.next() as UInt64)
        return withUnsafeMutableBytes(of: &words) { bytes in
            bytes[6] = (bytes[6] & 0x0F) | 0x40 // version 4: random
            bytes[8] = (bytes[8] & 0x3F) | 0x80 // the RFC 4122 variant
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

