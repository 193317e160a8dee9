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

    public static let live = Dependencies(now: { Date() }, newID: { UUID() })

    /// 32 bytes from the system's cryptographic generator, as URL-safe base64 (43 characters).
    @Sendable public static func secureRandomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

