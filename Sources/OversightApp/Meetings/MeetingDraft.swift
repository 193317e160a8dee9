import OversightDomain
import OversightStore
import Vapor

struct MeetingDraft: Equatable, Sendable {
    var bodyID: GoverningBody.ID
    var date: CalendarDate
    var time: ClockTime
    var place: String
}
