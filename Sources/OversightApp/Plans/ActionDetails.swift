import Fluent
import OversightDomain
import OversightStore

/// What an action's own page shows beyond the plan: its milestones, and where succession links it
/// to an earlier or a later plan, with the earlier action's updates as its history.
struct ActionDetails {
    var milestones: [Milestone] = []
    var origin: (plan: Plan, reference: String, action: PlanAction.ID)?
    /// The updates made on the action this one carries forward, oldest first.
    var originUpdates: [ActionUpdate] = []
    var originPeriods: [UpdatePeriod] = []
    var successor: (plan: Plan.ID, action: PlanAction.ID, reference: String)?
    /// The indicators the action aims to move, each where it stands now.
    var indicators: [IndicatorSummary] = []
    /// The risks it mitigates, with the council's scale to band them.
    var risks: [Risk] = []
    var riskScale: RiskScale = .standard

    static func load(_ action: PlanAction, on db: any Database) async throws -> ActionDetails {
        var details = ActionDetails()
        details.milestones = try await PlanRecordStore.milestones(of: action.id, on: db)
        if let from = action.carriedFromID {
            details.origin = try await PlanRecordStore.origin(of: from, on: db)
            details.originUpdates = try await UpdateStore.updates(ofAction: from, on: db)
            if let plan = details.origin?.plan.id {
                details.originPeriods = try await UpdateStore.periods(of: plan, on: db)
            }
        }
        details.successor = try await PlanRecordStore.successors(of: [action.id], on: db)[action.id]
        for indicator in try await IndicatorStore.indicators(movedBy: action.id, on: db) {
            details.indicators.append(IndicatorSummary(
                indicator: indicator, values: try await IndicatorStore.values(of: indicator.id, on: db),
                targets: try await IndicatorStore.targets(.indicator(indicator.id), on: db)[indicator.id] ?? []))
        }
        details.risks = try await RiskStore.risks(mitigatedBy: action.id, on: db)
        if let council = details.risks.first?.councilID {
            details.riskScale = try await RiskStore.scale(of: council, on: db).scale
        }
        return details
    }
}
