import OversightDomain
import Vapor

/// Collects errors in page order while a form is checked.
struct Validator {
    private(set) var errors: [FieldError] = []

    mutating func fail(_ field: String, anchor: String? = nil, _ message: String) {
        errors.append(FieldError(field: field, anchor: anchor, message: message))
    }

    mutating func required(_ field: String, _ value: String?, _ message: String, max: Int = 200,
                           label: String) -> String? {
        guard let text = value.trimmedOrNil else { fail(field, message); return nil }
        guard text.count <= max else { fail(field, Messages.tooLong(label, max: max)); return nil }
        return text
    }

    mutating func optional(_ field: String, _ value: String?, max: Int = 200, label: String) -> String? {
        guard let text = value.trimmedOrNil else { return nil }
        guard text.count <= max else { fail(field, Messages.tooLong(label, max: max)); return nil }
        return text
    }

    mutating func choice<T: Labelled>(_ field: String, _ value: String?, _ message: String) -> T? {
        guard let choice = T.from(code: value.trimmedOrNil) else { fail(field, message); return nil }
        return choice
    }

    /// A date from its three boxes; the summary links to the first box that needs fixing.
    mutating func date(_ field: String, _ parts: DateParts, label: String, required: Bool) -> CalendarDate? {
        switch parts.parse(required: required) {
        case let .success(date): return date
        case let .failure(problem):
            let anchor: DateParts.Part = switch problem {
            case let .incomplete(missing): missing[0]
            case let .notNumbers(wrong): wrong[0]
            case .yearNotFourDigits, .yearOutOfRange: .year
            case .missing, .notReal: .day
            }
            fail(field, anchor: "\(field)-\(anchor.rawValue)", Messages.date(label, problem))
            return nil
        }
    }

    func result<T>(_ make: () -> T?) -> Validated<T> {
        if errors.isEmpty, let value = make() { return .valid(value) }
        return .invalid(errors)
    }
}
