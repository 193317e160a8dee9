import OversightDomain
import Vapor

extension Validator {
    /// A level of likelihood or impact: a whole number from 1 to 5, named in the message.
    mutating func level(_ field: String, _ value: String?, label: String) -> Int? {
        guard let text = value.trimmedOrNil else { fail(field, RiskMessages.levelMissing(label)); return nil }
        guard let level = Int(text), RiskScore.levels.contains(level) else {
            fail(field, RiskMessages.levelInvalid(label, text))
            return nil
        }
        return level
    }

    /// Likelihood and impact together, from the fields `<name>Likelihood` and `<name>Impact`.
    mutating func score(_ name: String, likelihood: String?, impact: String?, label: String) -> RiskScore? {
        let l = level("\(name)Likelihood", likelihood, label: "\(label) likelihood")
        let i = level("\(name)Impact", impact, label: "\(label) impact")
        guard let l, let i else { return nil }
        return RiskScore(likelihood: l, impact: i)
    }
}
