import OversightDocuments
import OversightDomain
import OversightStore

/// What plan pages need besides the plan: names for people and recommendations, and today.
struct PlanPageModel {
    var record: PlanRecord
    var inspection: InspectionRecord?
    /// The further inspections the plan answers (`Plan.alsoAnswers`), with their recommendations.
    var otherInspections: [InspectionRecord] = []
    var people: [Person.ID: Person]
    var today: CalendarDate
    /// Newest first.
    var periods: [UpdatePeriod] = []
    /// Oldest first: only the updates the page shows (one action's, or one period's); plan-wide
    /// figures come from `summary`, so a large plan's history is never loaded whole.
    var updates: [ActionUpdate] = []
    var summary = UpdateSummary()
    var consultations: [Consultation] = []
    /// The evidence files of the plan's updates, without their bytes.
    var evidence: [EvidenceFile] = []
    /// Oldest first.
    var approvals: [(number: Int, approval: PlanApproval)] = []
    /// The plan this one succeeds, and the plans that succeed it.
    var predecessor: Plan?
    var successors: [Plan] = []

    func name(_ id: Person.ID?) -> String? { id.flatMap { people[$0]?.name } }

    /// Every recommendation the plan answers: its inspection's, then each further inspection's.
    var recommendations: [Recommendation] {
        (inspection?.recommendations ?? []) + otherInspections.flatMap(\.recommendations)
    }

    /// "3" for the plan's own inspection; the inspection's title and number for the others, whose
    /// numbers would otherwise be mistaken for the first inspection's.
    func recommendationLabel(_ recommendation: Recommendation) -> String {
        guard recommendation.inspectionID != inspection?.inspection.id,
              let other = otherInspections.first(where: { $0.inspection.id == recommendation.inspectionID }) else {
            return String(recommendation.number)
        }
        return "\(other.inspection.title): \(recommendation.number)"
    }

    var openPeriod: UpdatePeriod? { periods.first { $0.isOpen } }

    func updates(of action: PlanAction.ID) -> [ActionUpdate] { updates.filter { $0.actionID == action } }

    func evidence(of update: ActionUpdate.ID) -> [EvidenceFile] { evidence.filter { $0.updateID == update } }

    /// The rating that stands: the newest update not returned for changes.
    func latestRating(_ action: PlanAction.ID) -> Rating? { summary.latest[action] }

    func hasUpdate(_ action: PlanAction.ID, in period: UpdatePeriod.ID) -> Bool {
        if period == openPeriod?.id { return summary.reportedInOpen.contains(action) }
        return updates.contains { $0.actionID == action && $0.periodID == period && $0.state != .returned }
    }

    /// How many actions have an update in the period.
    func reportedCount(in period: UpdatePeriod.ID) -> Int { summary.reportedCount[period] ?? 0 }

    /// How many of `actions` stand at each rating, in `Rating.allCases` order (one pass).
    func ratingCounts(_ actions: [PlanAction]) -> [(Rating, Int)] {
        var counts: [Rating: Int] = [:]
        for action in actions { if let rating = latestRating(action.id) { counts[rating, default: 0] += 1 } }
        return Rating.allCases.map { ($0, counts[$0] ?? 0) }
    }

    /// How many of the recommendations the plan answers have no action answering them.
    var uncoveredCount: Int {
        let answered = Set(record.actions.flatMap(\.recommendationIDs))
        return recommendations.filter { !answered.contains($0.id) }.count
    }

    func exceptions(_ action: PlanAction) -> [ActionException] {
        ActionException.reasons(for: action, on: today, latest: latestRating(action.id),
                                updatedThisPeriod: openPeriod.map { hasUpdate(action.id, in: $0.id) })
    }
}
