import OversightDomain

/// An action's own page.
enum ActionPage {}

extension ActionPage {
    /// The action with everything its page shows looked up: its priority, lead, the
    /// recommendations it answers, its exceptions, which milestones are late, and the history of
    /// the action it carries forward.
    struct Model {
        struct MilestoneRow {
            var milestone: Milestone
            var isLate: Bool
        }

        /// An indicator the action aims to move, where it stands now.
        struct IndicatorRow {
            var summary: IndicatorSummary
            var standing: IndicatorStanding
        }

        struct OriginUpdate {
            var month: String
            var update: ActionUpdate
        }

        var action: PlanAction
        var details: ActionDetails
        var plan: Plan
        var priority: Priority?
        var leadName: String?
        var answered: [Recommendation]
        var exceptions: [String]
        var milestones: [MilestoneRow]
        /// Newest first, without those returned for changes.
        var originUpdates: [OriginUpdate]
        var indicators: [IndicatorRow]
        var history: UpdateHistory.Model
        var risks: MitigatedRisks.Model

        init(_ action: PlanAction, in page: PlanPageModel, details: ActionDetails) {
            self.action = action
            self.details = details
            plan = page.record.plan
            priority = page.record.priorities.first { $0.id == action.priorityID }
            leadName = page.name(action.leadID)
            answered = page.recommendations.filter { action.recommendationIDs.contains($0.id) }
            exceptions = page.exceptions(action).map(\.label)
            milestones = details.milestones.map { MilestoneRow(milestone: $0, isLate: $0.isLate(on: page.today)) }
            let months = Dictionary(details.originPeriods.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
            originUpdates = details.originUpdates.reversed().filter { $0.state != .returned }
                .map { OriginUpdate(month: months[$0.periodID] ?? "", update: $0) }
            indicators = details.indicators.map { IndicatorRow(summary: $0, standing: IndicatorStanding($0)) }
            history = UpdateHistory.Model(action, model: page)
            risks = MitigatedRisks.Model(details.risks, scale: details.riskScale, today: page.today)
        }
    }
}
