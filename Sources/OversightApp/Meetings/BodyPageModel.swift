import OversightDocuments
import OversightDomain
import OversightStore
import Plot

/// A body's page: what it is for, who sits on it, and its meetings.
struct BodyPageModel {
    var body: GoverningBody
    var members: [Membership]
    var meetings: [Meeting]
    var people: [Person.ID: Person]
    var today: CalendarDate
}
