import OversightDomain
import Vapor

extension Optional where Wrapped == String {
    /// The trimmed text, or nil when nothing but spaces was typed.
    var trimmedOrNil: String? {
        guard let text = self?.trimmingWhitespace, !text.isEmpty else { return nil }
        return text
    }
}

extension Labelled {
    static var options: [(value: String, label: String)] { allCases.map { ($0.rawValue, $0.label) } }
}
