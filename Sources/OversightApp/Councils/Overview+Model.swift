import OversightDomain
import OversightStore

/// The council's front page.
enum Overview {}

extension Overview {
    /// What the front page shows, worked out from what `OverviewModel` loaded: the viewer's own
    /// board actions and risks with how many need attention, the inspection the programme answers
    /// with its counts, and the council's details.
    struct Model {
        var council: Council
        /// Nil when the viewer has no open board action: the section is left out.
        var myBoardActions: MyBoardActions?
        /// Nil when the viewer owns no open risk: the section is left out.
        var myRisks: MyRisks?
        /// Nil before any inspection is recorded.
        var inspection: InspectionSection?
        var inspectionCount: Int
        var peopleCount: Int

        struct MyBoardActions {
            /// Overdue ones first.
            var actions: BoardActionTable.Model
            /// "2 open actions asked of you by the boards and committees, 1 overdue."
            var intro: String
        }

        struct MyRisks {
            var risks: MitigatedRisks.Model
            /// "You own 2 open risks on the risk register; 1 needs its review."
            var intro: String
        }

        /// The most recent inspection that gave grades, or the latest when none did.
        struct InspectionSection {
            var record: InspectionRecord
            var hasJudgements: Bool
            var recommendationCount: Int
            /// Nil when no recommendation is an area for priority action: the line is left out.
            var priorityActionCount: Int?
        }

        init(_ loaded: OverviewModel) {
            council = loaded.council
            inspectionCount = loaded.inspections.count
            peopleCount = loaded.peopleCount
            if loaded.myBoardActions.isEmpty {
                myBoardActions = nil
            } else {
                let overdue = loaded.myBoardActions.filter { $0.isOverdue(on: loaded.today) }.count
                myBoardActions = MyBoardActions(
                    actions: BoardActionTable.Model(loaded.myBoardActions, people: loaded.people, today: loaded.today),
                    intro: "\(counted(loaded.myBoardActions.count, "open action")) asked of you by the boards and committees"
                        + (overdue == 0 ? "." : ", \(overdue) overdue."))
            }
            if loaded.myRisks.isEmpty {
                myRisks = nil
            } else {
                let due = loaded.myRisks.filter { $0.isReviewOverdue(on: loaded.today) }.count
                myRisks = MyRisks(
                    risks: MitigatedRisks.Model(loaded.myRisks, scale: loaded.riskScale, today: loaded.today),
                    intro: "You own \(counted(loaded.myRisks.count, "open risk")) on the risk register"
                        + (due == 0 ? "." : "; \(due) \(due == 1 ? "needs its" : "need their") review."))
            }
            inspection = loaded.governing.map { record in
                let priority = record.recommendations.filter(\.isPriorityAction).count
                return InspectionSection(record: record, hasJudgements: !record.judgements.isEmpty,
                                         recommendationCount: record.recommendations.count,
                                         priorityActionCount: priority == 0 ? nil : priority)
            }
        }
    }
}
