import OversightDocuments
import OversightDomain
import OversightStore

/// What a body's page is built from (`BodyDetail.Model`): the body, its members and meetings as stored.
struct BodyPageModel {
    var body: GoverningBody
    var members: [Membership]
    var meetings: [Meeting]
    var people: [Person.ID: Person]
    var today: CalendarDate
}
