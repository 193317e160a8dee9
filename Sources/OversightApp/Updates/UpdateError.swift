import Fluent
import Foundation
import OversightDomain
import OversightStore

enum UpdateError: Error, Equatable {
    case periodClosed
    case alreadyReviewed
}
