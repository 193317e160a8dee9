import OversightDomain

/// The import's step that chooses the sheet holding the plan.
enum PlanImportSheets {}

extension PlanImportSheets {
    /// The sheets offered, the one that looks like a plan, and those left out for being hidden.
    struct Model {
        struct Sheet {
            var name: String
            var rowCount: Int
        }

        /// The visible sheets with something in them, in the file's order.
        var sheets: [Sheet]
        var sheetCount: Int
        /// The first offered sheet whose headings Oversight recognises, chosen to start with.
        var likely: String?
        /// Hidden sheets cannot be imported, so the page says which were left out.
        var hidden: [String]

        init(_ sheets: [PlanImportSource.Sheet]) {
            let visible = sheets.filter { !$0.isHidden && !$0.rows.isEmpty }
            self.sheets = visible.map { Sheet(name: $0.name, rowCount: $0.rows.count) }
            sheetCount = visible.count
            likely = visible.first { PlanImport.guess($0.rows) != nil }?.name
            hidden = sheets.filter(\.isHidden).map(\.name)
        }
    }
}
