import OversightDomain

enum SelfAssessmentList {}

extension SelfAssessmentList {
    /// The list of a council's self-assessments.
    struct Model {
        struct Row {
            var id: SelfAssessment.ID
            var title: String
            var purpose: String
            var period: String
            var status: AssessmentStatus
        }

        var count: Int
        /// As read: the latest period first.
        var rows: [Row]

        init(_ assessments: [SelfAssessment]) {
            count = assessments.count
            rows = assessments.map { assessment in
                Row(id: assessment.id, title: assessment.title, purpose: assessment.purpose.label, period: assessment.periodLabel,
                    status: assessment.status)
            }
        }
    }
}
