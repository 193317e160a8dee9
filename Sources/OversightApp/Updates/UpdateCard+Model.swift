import OversightDomain
import OversightStore

/// One update as a card, on a period's page and in an action's history.
enum UpdateCard {}

extension UpdateCard {
    /// An update with its period's name and evidence looked up. The plan and the action stay whole
    /// because the view asks the plan policy whether the viewer may correct the update.
    struct Model {
        struct File {
            var id: EvidenceFile.ID
            var fileName: String
            var kindLabel: String
            var sizeLabel: String
            /// Enough of the SHA-256 to compare a download by eye.
            var checksumPrefix: String
        }

        var id: ActionUpdate.ID
        var actionID: PlanAction.ID
        var plan: Plan
        /// Nil when the action is no longer in the plan: then nobody is offered a correction.
        var action: PlanAction?
        var title: String
        /// Empty when the period is not among those loaded.
        var periodLabel: String
        var rating: Rating
        /// As the council worded the rating when the update was made.
        var ratingMeaning: String
        var narrative: String
        var evidenceLinks: [String]
        var files: [File]
        var hasEvidence: Bool
        var submittedBy: String
        var stateLabel: String
        var reviewComment: String?
        var isCorrection: Bool
        var isAccepted: Bool
        var isWaitingForReview: Bool

        init(_ update: ActionUpdate, title: String, page: PlanPageModel) {
            let evidence = page.evidence(of: update.id)
            id = update.id
            actionID = update.actionID
            plan = page.record.plan
            action = page.record.actions.first(where: { $0.id == update.actionID })
            self.title = title
            periodLabel = page.periods.first(where: { $0.id == update.periodID })?.label ?? ""
            rating = update.rating
            ratingMeaning = update.definitions.meaning(of: update.rating)
            narrative = update.narrative
            evidenceLinks = update.evidenceLinks
            files = evidence.map { file in
                File(id: file.id, fileName: file.fileName, kindLabel: file.kind.label, sizeLabel: file.sizeLabel,
                     checksumPrefix: String(file.sha256.prefix(12)))
            }
            hasEvidence = !(update.evidenceLinks.isEmpty && evidence.isEmpty)
            submittedBy = update.submittedBy
            stateLabel = update.state.label
            reviewComment = update.reviewComment
            isCorrection = update.correctsID != nil
            isAccepted = update.state == .accepted
            isWaitingForReview = update.state == .submitted
        }
    }
}
