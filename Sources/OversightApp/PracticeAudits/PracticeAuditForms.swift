import OversightDomain
import Vapor

extension Validator {
    /// A count typed in a box: a whole number, 0 or more, named in the message.
    mutating func count(_ field: String, _ value: String?, label: String) -> Int? {
        guard let text = value.trimmedOrNil else { fail(field, "Enter \(label.lowercased()), 0 if none"); return nil }
        guard let number = Int(text), number >= 0, number <= 100_000 else {
            fail(field, "\(label) must be a whole number, 0 or more, not \(text)")
            return nil
        }
        return number
    }
}
