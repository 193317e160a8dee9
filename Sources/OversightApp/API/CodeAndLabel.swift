import OversightDomain
import OversightStore

/// What the read-only JSON API returns. Stable field names and codes, never Fluent models.
struct CodeAndLabel: Codable, Equatable, Sendable {
    var code: String
    var label: String

    init<T: Labelled>(_ value: T) {
        code = value.rawValue
        label = value.label
    }
}
