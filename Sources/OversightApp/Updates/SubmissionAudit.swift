import Fluent
import Foundation
import OversightDomain
import OversightStore

/// What the audit trail keeps of a submission: the update, and each file's name and checksum.
struct SubmissionAudit: Encodable {
    var update: UpdateDraft
    var files: [String]
}
