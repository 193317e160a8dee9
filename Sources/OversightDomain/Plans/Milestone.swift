/// A dated step within an action, so a board can see progress before the action's due date.
public struct Milestone: Hashable, Sendable, Codable {
    public typealias ID = Identifier<Milestone>

    public var id: ID
    public var actionID: PlanAction.ID
    public var title: String
    public var dueDate: CalendarDate
    /// The day it was met; nil while it is outstanding.
    public var metDate: CalendarDate?
    public var version: Int

    public init(id: ID, actionID: PlanAction.ID, title: String, dueDate: CalendarDate, metDate: CalendarDate?,
                version: Int) {
        self.id = id
        self.actionID = actionID
        self.title = title
        self.dueDate = dueDate
        self.metDate = metDate
        self.version = version
    }

    public func isLate(on today: CalendarDate) -> Bool { metDate == nil && dueDate < today }
}
