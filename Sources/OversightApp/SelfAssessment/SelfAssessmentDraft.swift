import Fluent
import Foundation
import OversightDomain
import OversightStore

struct SelfAssessmentDraft: Equatable, Sendable {
    var title: String
    var purpose: AssessmentPurpose
    var periodFrom: CalendarDate
    var periodTo: CalendarDate
    var authorID: Person.ID
    var structure: AssessmentStructure
}
