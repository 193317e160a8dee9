import OversightDomain
import Vapor

/// A form's outcome: the domain value, or every problem in page order.
enum Validated<Value> {
    case valid(Value)
    case invalid([FieldError])
}
