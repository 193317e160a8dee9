import OversightDomain
import OversightStore

/// A plan's overview page.
enum PlanOverview {}

extension PlanOverview {
    /// Everything the overview shows, counted and looked up before it is drawn.
    struct Model {
        /// A priority's heading and either its actions (a plan small enough to list on one page) or
        /// how many there are (a larger one links to the action list instead, so the page stays quick).
        struct PrioritySection {
            var priority: Priority
            var rows: [PlanActionRow]?
            var actionCount: Int
        }

        /// The plan's data as loaded, which the lifecycle sections (consultation, approval, moving
        /// the plan on) read as they are.
        var page: PlanPageModel
        var plan: Plan
        var inspections: [InspectionRecord]
        var ownerName: String?
        var predecessor: Plan?
        var successors: [Plan]
        var approvals: [(number: Int, approval: PlanApproval)]
        var ratingCounts: [(Rating, Int)]
        /// Only the statuses some action has.
        var statusCounts: [(ActionStatus, Int)]
        var actionCount: Int
        var exceptionCount: Int
        var overdueCount: Int
        var uncoveredCount: Int
        var periods: PlanPeriods
        var hasPriorities: Bool
        var priorities: [PrioritySection]
        /// What the plan may move on by from its status; approval has its own form, which records the approval.
        var transitionEvents: [PlanEvent]

        init(_ page: PlanPageModel) {
            let actions = page.record.actions
            self.page = page
            plan = page.record.plan
            inspections = [page.inspection].compactMap { $0 } + page.otherInspections
            ownerName = page.name(plan.ownerID)
            predecessor = page.predecessor
            successors = page.successors
            approvals = page.approvals
            ratingCounts = page.ratingCounts(actions)
            statusCounts = ActionStatus.allCases.map { status in (status, actions.filter { $0.status == status }.count) }
                .filter { $0.1 > 0 }
            actionCount = actions.count
            exceptionCount = actions.filter { !page.exceptions($0).isEmpty }.count
            overdueCount = actions.filter { $0.isOverdue(on: page.today) }.count
            uncoveredCount = page.uncoveredCount
            periods = PlanPeriods(page)
            hasPriorities = !page.record.priorities.isEmpty
            let listsActions = actions.count <= PlanViews.actionsListedInFull
            priorities = page.record.priorities.map { priority in
                let inPriority = page.record.actions(in: priority.id)
                return PrioritySection(priority: priority,
                                       rows: listsActions ? inPriority.map { PlanActionRow($0, in: page) } : nil,
                                       actionCount: inPriority.count)
            }
            transitionEvents = PlanEvent.available(from: page.record.plan.status).filter { $0 != .approve }
        }
    }
}
