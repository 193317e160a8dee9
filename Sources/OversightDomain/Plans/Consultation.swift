/// One round of consultation on a draft plan: who was asked, when, what they said and how the
/// plan changed because of it. Cabinet reports cite these, so they are kept as written.
public struct Consultation: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Consultation>

    public var id: ID
    public var planID: Plan.ID
    /// Who was consulted, such as "Staff across children's services" or "the Improvement Board".
    public var consulted: String
    public var date: CalendarDate
    public var feedback: String
    /// How the plan changed in response; nil until it is known.
    public var response: String?

    public init(id: ID, planID: Plan.ID, consulted: String, date: CalendarDate, feedback: String, response: String?) {
        self.id = id
        self.planID = planID
        self.consulted = consulted
        self.date = date
        self.feedback = feedback
        self.response = response
    }
}
