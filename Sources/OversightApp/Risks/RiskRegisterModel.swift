import OversightDocuments
import OversightDomain
import OversightStore

/// Everything the register and a risk's page show, read once.
struct RiskRegisterModel {
    /// Which reviews are read: every one (a risk's history in the API, the exports and a board pack
    /// as of a past day), the latest of each risk (the register shows only which way the score moved,
    /// and at `--scale 10` reading all 10,250 cost more than the rest of the page), or one risk's (its page).
    enum Reviews: Sendable {
        case all, latest
        case of(Risk.ID)
    }

    var risks: [Risk]
    /// Each risk's reviews, oldest first: as many as `Reviews` asked for.
    var reviews: [Risk.ID: [RiskReview]]
    var links: RiskLinks
    var scale: RiskScale
    var people: [Person.ID: Person]
    var planActions: [PlanAction.ID: LinkedPlanAction]
    var boardActions: [BoardAction.ID: BoardAction]
    var today: CalendarDate

    func name(_ id: Person.ID) -> String { people[id]?.name ?? "Someone removed from People" }

    func movement(_ risk: Risk) -> RiskMovement { RiskMovement.of(reviews[risk.id] ?? []) }

    /// The register as it stood on a past day: risks raised by then, each with the scores of its
    /// latest review on or before it. Board packs are built as of the day their agenda is published.
    func asOf(_ day: CalendarDate) -> RiskRegisterModel {
        var copy = self
        copy.today = day
        copy.reviews = reviews.mapValues { $0.filter { $0.date <= day } }
        copy.risks = risks.filter { $0.raisedOn <= day }.map { risk in
            var past = risk
            if let latest = copy.reviews[risk.id]?.last {
                past.current = latest.current
                past.target = latest.target
                past.lastReviewedOn = latest.date
            }
            return past
        }
        return copy
    }

    /// Why the risk's mitigations are in doubt: its linked actions that are red or overdue.
    func troubles(_ risk: Risk) -> [String] {
        let plan = (links.planActions[risk.id] ?? []).compactMap { planActions[$0] }.sorted(by: LinkedPlanAction.listedBefore)
            .filter { !$0.problems.isEmpty }
            .map { "\($0.reference) \($0.problems.map(\.label).joined(separator: ", ").lowercased())" }
        let board = (links.boardActions[risk.id] ?? []).compactMap { boardActions[$0] }.sorted { ($0.reference, $0.id) < ($1.reference, $1.id) }
            .filter { $0.isOverdue(on: today) }.map { "\($0.reference) overdue" }
        return plan + board
    }
}
