/// What makes a password acceptable: at least 12 characters and not one of the passwords that
/// attackers try first. Length beats complexity rules (NCSC guidance), so there are no others.
public enum PasswordRules {
    public static let minimumLength = 12
    public static let maximumLength = 128

    public enum Problem: Error, Equatable, Sendable {
        case tooShort, tooLong, common
    }

    public static func check(_ password: String) -> Problem? {
        if password.count < minimumLength { return .tooShort }
        if password.count > maximumLength { return .tooLong }
        let folded = password.lowercased()
        if common.contains(folded) || isOneCharacterRepeated(folded) || isRun(folded) { return .common }
        return nil
    }

    /// Passwords of 12 or more characters that appear high in public breach lists.
    static let common: Set<String> = [
        "password1234", "password12345", "password123456", "passw0rd1234", "123456789012", "1234567890123",
        "qwertyuiop12", "qwertyuiopas", "qwerty123456", "iloveyou1234", "letmein12345", "welcome12345",
        "administrator", "admin1234567", "changeme1234", "football1234", "baseball1234", "princess1234",
        "sunshine1234", "trustno11234", "monkey123456", "dragon123456", "abcdefghijkl", "abc123456789",
        "passwordpassword", "whatever1234", "starwars1234", "superman1234", "correcthorsebatterystaple",
        "oversight123", "oversight1234", "northshire123", "council12345", "password2024", "password2025",
        "password2026", "summer202420", "winter2025!!", "p@ssw0rd1234", "1q2w3e4r5t6y", "zaq12wsxcde3",
    ]

    private static func isOneCharacterRepeated(_ text: String) -> Bool {
        guard let first = text.first else { return true }
        return text.allSatisfy { $0 == first }
    }

    /// "123456789012" or "abcdefghijklm": consecutive characters.
    private static func isRun(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.map(\.value)
        return zip(scalars, scalars.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }
}

/// When a session ends: after a spell without use, and in any case after a fixed time.
public struct SessionPolicy: Equatable, Sendable {
    public var idleSeconds: Double
    public var absoluteSeconds: Double

    public init(idleMinutes: Int = 30, absoluteHours: Int = 12) {
        idleSeconds = Double(idleMinutes) * 60
        absoluteSeconds = Double(absoluteHours) * 3600
    }

    /// Times are seconds since any fixed point, the same for all three.
    public func isExpired(createdAt: Double, lastSeenAt: Double, now: Double) -> Bool {
        now - lastSeenAt > idleSeconds || now - createdAt > absoluteSeconds
    }
}

/// Sign-in throttling: 5 failures for one account or 20 from one address within 15 minutes.
public enum SignInThrottle {
    public static let windowSeconds: Double = 15 * 60
    public static let perAccount = 5
    public static let perAddress = 20

    public static func isThrottled(failuresForAccount: Int, failuresFromAddress: Int) -> Bool {
        failuresForAccount >= perAccount || failuresFromAddress >= perAddress
    }
}
