import OversightDomain

/// One priority's page.
enum PriorityPage {}

extension PriorityPage {
    /// The priority with its lead's name, how its actions stand, and each action's row.
    struct Model {
        var plan: Plan
        var priority: Priority
        var leadName: String?
        var actionCount: Int
        /// The ratings some action holds, red to blue as `Rating.allCases` orders them.
        var ratings: [(Rating, Int)]
        var needingAttention: Int
        var rows: [PlanActionRow]

        init(_ priority: Priority, in page: PlanPageModel) {
            let actions = page.record.actions(in: priority.id)
            plan = page.record.plan
            self.priority = priority
            leadName = page.name(priority.leadID)
            actionCount = actions.count
            ratings = page.ratingCounts(actions).filter { $0.1 > 0 }
            needingAttention = actions.filter { !page.exceptions($0).isEmpty }.count
            rows = actions.map { PlanActionRow($0, in: page) }
        }
    }
}
