import OversightDomain
import Vapor

extension Validator {
    /// A count typed in a box: a whole number, 0 or more, named in the message.
    mutating func count(_ field: String, _ value: String?, label: String) -> Int? {
        guard let text = value.trimmedOrNil else { fail(field, PracticeAuditMessages.countMissing(label)); return nil }
        guard let number = Int(text), number >= 0, number <= 100_000 else {
            fail(field, PracticeAuditMessages.countInvalid(label, text))
            return nil
        }
        return number
    }
}
