import OversightDocuments
import OversightDomain

/// The errors of one form, looked up by field name as each field is drawn.
struct FormErrors {
    var all: [FieldError]

    init(_ all: [FieldError] = []) { self.all = all }

    func message(for field: String) -> String? { all.first { $0.field == field }?.message }
    var isEmpty: Bool { all.isEmpty }

    /// Whether any of these fields was refused: a small form among several stays open when it was.
    func any(of fields: [String]) -> Bool { all.contains { fields.contains($0.field) } }
}
