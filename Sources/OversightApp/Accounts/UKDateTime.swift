import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// Times as people in England read them: "23 November 2026, 16:40", in Europe/London.
enum UKDateTime {
    // DateFormatter is safe to share for formatting once configured.
    static let formatter = inLondon("d MMMM yyyy, HH:mm")
    static let clock = inLondon("HH:mm:ss")

    private static func inLondon(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        formatter.dateFormat = format
        return formatter
    }

    static func format(_ date: Date) -> String { formatter.string(from: date) }

    /// "16:40:05" in Europe/London.
    static func time(_ date: Date) -> String { clock.string(from: date) }
}
