import Fluent
import Foundation
import OversightDomain
import OversightStore
import Vapor

/// Which updates a page shows in full, beyond the plan-wide summary every plan page has.
enum UpdateScope { case summaryOnly, action(PlanAction.ID), period(UpdatePeriod.ID) }
