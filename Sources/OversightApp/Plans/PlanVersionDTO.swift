import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// A frozen version as JSON: the approval, the content as approved, and the checksum to verify it.
struct PlanVersionDTO: Encodable {
    var planID: String
    var version: Int
    var approvingBody: String
    var meetingDate: String
    var decision: String
    var checksum: String
    var intact: Bool
    var plan: PlanSnapshot

    init(_ version: PlanVersion, plan: Plan) {
        planID = plan.id.description
        self.version = version.number
        approvingBody = version.approval.body
        meetingDate = version.approval.meetingDate.iso
        decision = version.approval.decision
        checksum = version.checksum
        intact = version.isIntact
        self.plan = version.snapshot
    }
}
