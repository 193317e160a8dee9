import OversightDomain
import OversightStore

/// The council's inspections and visits, newest first.
enum InspectionList {}

extension InspectionList {
    /// Each inspection as its row prints it, with what it found counted.
    struct Model {
        struct Row {
            var id: Inspection.ID
            var title: String
            var inspectorate: String
            var publishedDate: CalendarDate?
            var judgementCount: Int
            var recommendationCount: Int
        }

        var rows: [Row]

        init(_ records: [InspectionRecord]) {
            rows = records.map { record in
                Row(id: record.inspection.id, title: record.inspection.title, inspectorate: record.inspection.inspectorate,
                    publishedDate: record.inspection.publishedDate, judgementCount: record.judgements.count,
                    recommendationCount: record.recommendations.count)
            }
        }
    }
}
