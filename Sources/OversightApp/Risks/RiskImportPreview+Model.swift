import Foundation
import OversightDomain

enum RiskImportPreview {}

extension RiskImportPreview {
    /// The preview of a good risk file: what will be imported, each owner by name, before anything is.
    struct Model {
        struct Row {
            var reference: String
            var title: String
            var category: String
            /// Empty when the owner is not in the people directory (the import refuses such a file first).
            var ownerName: String
            var raisedOn: CalendarDate
            var inherent: Int
            var current: Int
            var target: Int
        }

        var fileName: String
        /// The held upload the confirmation imports.
        var pending: UUID
        var riskCount: Int
        /// In the file's order.
        var rows: [Row]

        init(_ outcome: ImportRisks.Outcome, fileName: String, pending: UUID, people: [Person.ID: String]) {
            self.fileName = fileName
            self.pending = pending
            riskCount = outcome.rows.count
            rows = outcome.rows.map { row in
                let risk = row.risk
                return Row(reference: risk.reference, title: risk.title, category: risk.category.label, ownerName: people[risk.ownerID] ?? "",
                           raisedOn: risk.raisedOn, inherent: risk.inherent.value, current: risk.current.value, target: risk.target.value)
            }
        }
    }
}
