import OversightDomain
import Plot

/// The errors of one form, looked up by field name as each field is drawn.
struct FormErrors {
    var all: [FieldError]

    init(_ all: [FieldError] = []) { self.all = all }

    func message(for field: String) -> String? { all.first { $0.field == field }?.message }
    var isEmpty: Bool { all.isEmpty }
}
