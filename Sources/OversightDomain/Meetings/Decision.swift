/// A decision as the minutes record it: what was decided and why, what else was considered and
/// rejected, and the votes where a vote was taken.
public struct Decision: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Decision>

    public var id: ID
    public var meetingID: Meeting.ID
    public var itemID: AgendaItem.ID
    /// The item's position and the decision's: "5.1" is item 5's first decision.
    public var number: Int
    public var text: String
    public var reasons: String
    public var alternatives: String?
    public var votes: Votes?

    public init(id: ID, meetingID: Meeting.ID, itemID: AgendaItem.ID, number: Int, text: String, reasons: String,
                alternatives: String?, votes: Votes?) {
        self.id = id
        self.meetingID = meetingID
        self.itemID = itemID
        self.number = number
        self.text = text
        self.reasons = reasons
        self.alternatives = alternatives
        self.votes = votes
    }
}

public struct Votes: Hashable, Sendable, Codable {
    public var inFavour: Int
    public var against: Int
    public var abstained: Int

    public init(inFavour: Int, against: Int, abstained: Int) {
        self.inFavour = inFavour
        self.against = against
        self.abstained = abstained
    }

    /// "5 for, 1 against, 0 abstentions: carried".
    public var label: String {
        "\(inFavour) for, \(against) against, \(abstained) \(abstained == 1 ? "abstention" : "abstentions"): "
            + (inFavour > against ? "carried" : "not carried")
    }
}
