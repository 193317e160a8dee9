import Fluent
import OversightDomain
import OversightStore

/// A calendar entry with what the page adds to it: the body it belongs to, where it stands, and
/// the page that tells more.
struct CalendarRow: Sendable {
    var entry: CalendarEntry
    var body: GoverningBody?
    var state: String?
    var link: SiteURL?
    /// A meeting's decisions the reader may see, each with its agenda item, in the agenda's order.
    var decisions: [(decision: Decision, item: AgendaItem)] = []
}
