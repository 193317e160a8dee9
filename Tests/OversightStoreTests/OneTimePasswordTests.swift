import Foundation
import OversightStore
import Testing

/// RFC 6238's own test values (appendix B, HMAC-SHA-1), and the window a code is accepted in.
@Suite("One-time passwords")
struct OneTimePasswordTests {
    static let secret = Array("12345678901234567890".utf8)

    @Test("The RFC's eight-digit codes, at its six times", arguments: [
        (59.0, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"), (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ])
    func rfcVectors(_ time: Double, _ expected: String) {
        #expect(OneTimePassword.code(secret: Self.secret, at: Date(timeIntervalSince1970: time), digits: 8) == expected)
    }

    @Test("A code is accepted 30 seconds either side, not further; anything but six digits is not a code")
    func window() {
        let now = Date(timeIntervalSince1970: 1_484_733_600) // 18 January 2017, 10:00
        let code = OneTimePassword.code(secret: Self.secret, at: now)
        #expect(code.count == 6)
        let counter = UInt64(1_484_733_600 / 30)
        #expect(OneTimePassword.matchingCounter(secret: Self.secret, code: code, at: now) == counter)
        #expect(OneTimePassword.matchingCounter(secret: Self.secret, code: code, at: now.addingTimeInterval(30)) == counter)
        #expect(OneTimePassword.matchingCounter(secret: Self.secret, code: code, at: now.addingTimeInterval(-30)) == counter)
        #expect(OneTimePassword.matchingCounter(secret: Self.secret, code: code, at: now.addingTimeInterval(90)) == nil)
        for typed in ["", "12345", "1234567", "12345a", "١٢٣٤٥٦", " 123456"] {
            #expect(OneTimePassword.matchingCounter(secret: Self.secret, code: typed, at: now) == nil, "\(typed)")
        }
    }

    @Test("Secrets are written in base32 for the app, in an otpauth address")
    func base32() {
        #expect(OneTimePassword.base32(Self.secret) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        #expect(OneTimePassword.base32(Array("f".utf8)) == "MY")
        #expect(OneTimePassword.base32(Array("foobar".utf8)) == "MZXW6YTBOI")
        let uri = OneTimePassword.provisioningURI(secret: Self.secret, account: "priya.raman@northshire.example", issuer: "Oversight")
        #expect(uri == "otpauth://totp/Oversight%3Apriya.raman@northshire.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Oversight&algorithm=SHA1&digits=6&period=30")
    }
}
