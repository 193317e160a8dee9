import OversightDomain
import Vapor

/// A form decodes only its own raw fields (every one optional text, as browsers send them) and
/// validates them into a domain value or a list of field errors in page order.
protocol FormInput: Content {
    associatedtype Valid
    func validate() -> Validated<Valid>
}
