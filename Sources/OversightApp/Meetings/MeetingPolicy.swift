import OversightDomain
import OversightStore
import Vapor

/// Every "may this person do this" question for boards and committees, their meetings, minutes,
/// packs and the action log, including which part of a meeting's record a reader sees.
/// `MeetingPolicyTests` is its table.
struct MeetingPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    /// Staff reading: the action log, board packs, draft minutes and agenda items not yet published.
    var read: Authorisation { .permission(.viewProgramme, viewer) }

    /// Whether the viewer reads as staff (published material is for everyone).
    var staff: Bool { read.isAllowed }

    /// Adding bodies and meetings, writing agendas and minutes, closing board actions.
    var manage: Authorisation { .permission(.manageMeetings, viewer) }

    /// The part of a meeting's record this reader sees: all of it with Part II access, Part I for
    /// staff, and only what is published for the public.
    func visible(_ record: MeetingRecord) -> MeetingRecord {
        PartIIPolicy(viewer).sees ? record : staff ? record.partOne : record.partOne.published
    }

    /// Whether one agenda item exists for this reader: a Part II item does not, without the right.
    func sees(_ item: AgendaItem) -> Bool { !item.isExempt || PartIIPolicy(viewer).sees }

    /// Adding an update to a board action: whoever manages meetings, or the action's owner.
    func update(_ action: BoardAction) -> Authorisation {
        read.then(viewer?.can(.manageMeetings) == true || viewer?.user.personID == action.ownerID
            ? .allowed : .refused(.manageMeetings))
    }

    /// Closing a board action: whoever manages meetings.
    var close: Authorisation { manage }
}

extension Request {
    /// The meetings policy for this request's viewer.
    var meetings: MeetingPolicy { MeetingPolicy(viewer) }
}

extension ViewContext {
    /// The meetings policy for the page's viewer: what to offer.
    var meetings: MeetingPolicy { MeetingPolicy(viewer) }
}
