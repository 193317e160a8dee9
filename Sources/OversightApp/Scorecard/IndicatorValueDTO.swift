import OversightDomain
import OversightStore
import Vapor

struct IndicatorValueDTO: Codable, Equatable, Sendable {
    var period: String
    var numerator: Double?
    var denominator: Double?
    var value: Double
    var status: String
    var comment: String?

    init(_ value: IndicatorValue) {
        period = value.period.code
        numerator = value.numerator
        denominator = value.denominator
        self.value = value.value
        status = value.status.rawValue
        comment = value.comment
    }
}
