/// A theme or workstream of a plan.
public struct Priority: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Priority>

    public var id: ID
    public var planID: Plan.ID
    public var number: Int
    public var title: String
    public var outcome: String?
    public var leadID: Person.ID?
    public var version: Int

    public init(id: ID, planID: Plan.ID, number: Int, title: String, outcome: String?, leadID: Person.ID?,
                version: Int) {
        self.id = id
        self.planID = planID
        self.number = number
        self.title = title
        self.outcome = outcome
        self.leadID = leadID
        self.version = version
    }
}
