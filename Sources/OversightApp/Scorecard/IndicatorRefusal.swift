import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Why a change to the scorecard was refused, with the field to show it on.
struct IndicatorRefusal: Error, Equatable {
    var field: String
    var message: String

    var fieldError: FieldError { FieldError(field: field, message: message) }
}
