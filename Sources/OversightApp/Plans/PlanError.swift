import Fluent
import Foundation
import OversightDomain
import OversightStore

enum PlanError: Error, Equatable {
    /// The event is not allowed from the plan's state; nothing was changed.
    case transitionRefused(event: PlanEvent, from: PlanStatus)
    /// Consultations and content changes belong to draft and consultation only.
    case notEditable(PlanStatus)
    /// Only a running plan can be succeeded.
    case cannotSucceed(PlanStatus)
}
