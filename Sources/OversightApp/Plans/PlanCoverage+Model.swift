import OversightDomain

/// The coverage page: every recommendation the plan answers and the actions that answer it.
enum PlanCoverage {}

extension PlanCoverage {
    struct Model {
        struct Answer {
            var id: PlanAction.ID
            var reference: String
            var status: ActionStatus
        }

        struct Row {
            var number: Int
            var text: String
            var answers: [Answer]
        }

        /// One inspection's recommendations; inspections without any are left out.
        struct Section {
            var title: String
            var rows: [Row]
        }

        var plan: Plan
        var isLinkedToInspection: Bool
        /// Whether the plan answers more than one inspection, so each gets a heading.
        var answersSeveral: Bool
        var recommendationCount: Int
        var uncoveredCount: Int
        var sections: [Section]

        init(_ page: PlanPageModel) {
            let inspections = [page.inspection].compactMap { $0 } + page.otherInspections
            let actions = page.record.actions
            plan = page.record.plan
            isLinkedToInspection = !inspections.isEmpty
            answersSeveral = inspections.count > 1
            recommendationCount = page.recommendations.count
            uncoveredCount = page.uncoveredCount
            sections = inspections.filter { !$0.recommendations.isEmpty }.map { record in
                Section(title: record.inspection.title, rows: record.recommendations.map { recommendation in
                    Row(number: recommendation.number, text: recommendation.text,
                        answers: actions.filter { $0.recommendationIDs.contains(recommendation.id) }
                            .map { Answer(id: $0.id, reference: $0.reference, status: $0.status) })
                })
            }
        }
    }
}
