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

/// Sign-in throttling. Failed sign-ins slow the next attempt, doubling the wait with each one,
/// rather than lock anything: an attacker can make an account wait, never shut its owner out.
/// Three limits apply together, each counting failures within 15 minutes:
/// - one account from one address: free for 3 failures, then 1, 2, 4 ... seconds, up to 15 minutes;
/// - one account from any address: free for 5, then doubling up to 1 minute, so that however
///   many addresses guess at an account, its owner never waits longer than a minute;
/// - one address against any account: free for 10, then doubling up to 15 minutes.
public enum SignInThrottle {
    public static let windowSeconds: Double = 15 * 60

    public struct Rule: Sendable, Equatable {
        public var free: Int
        public var capSeconds: Double
    }

    public static let pair = Rule(free: 3, capSeconds: 15 * 60)
    public static let account = Rule(free: 5, capSeconds: 60)
    public static let address = Rule(free: 10, capSeconds: 15 * 60)

    /// Failures within the window, and when the newest was (seconds since 1970).
    public struct Tally: Sendable, Equatable {
        public var count: Int
        public var latest: Double?

        public init(count: Int, latest: Double?) {
            self.count = count
            self.latest = latest
        }
    }

    public struct Failures: Sendable, Equatable {
        public var pair: Tally
        public var account: Tally
        public var address: Tally

        public init(pair: Tally, account: Tally, address: Tally) {
            self.pair = pair
            self.account = account
            self.address = address
        }
    }

    /// An account or address with failures, for the administrators' page.
    public struct Slowed: Sendable, Equatable {
        public var subject: String
        public var tally: Tally

        public init(subject: String, tally: Tally) {
            self.subject = subject
            self.tally = tally
        }

        /// Seconds until the next attempt is allowed by `rule`, 0 when it already is.
        public func wait(under rule: Rule, now: Double) -> Double { SignInThrottle.wait(tally, rule, now: now) }
    }

    /// How long after the newest failure the next attempt must wait.
    public static func delay(failures: Int, _ rule: Rule) -> Double {
        guard failures >= rule.free else { return 0 }
        // 2^(n - free) seconds; the exponent is capped long before it could overflow.
        let exponent = min(failures - rule.free, 30)
        return min(rule.capSeconds, Double(1 << exponent))
    }

    static func wait(_ tally: Tally, _ rule: Rule, now: Double) -> Double {
        guard let latest = tally.latest else { return 0 }
        return max(0, latest + delay(failures: tally.count, rule) - now)
    }

    /// Seconds to wait before this attempt may be checked; 0 when it may be checked now.
    public static func wait(_ failures: Failures, now: Double) -> Double {
        max(wait(failures.pair, pair, now: now), wait(failures.account, account, now: now),
            wait(failures.address, address, now: now))
    }

    /// "1 second", "40 seconds", "3 minutes": rounded up, so the wait is never understated.
    public static func describe(seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return whole == 1 ? "1 second" : "\(max(whole, 1)) seconds" }
        let minutes = (whole + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }
}
