import OversightDomain

/// The import's step that says which column of the sheet holds what.
enum PlanImportColumns {}

extension PlanImportColumns {
    /// The start of the sheet from its header row, the columns to choose from labelled with their
    /// headings, and each field's choice so far.
    struct Model {
        struct SampleRow {
            var number: Int
            /// One for each column shown, clipped so the table stays readable.
            var cells: [String]
        }

        struct FieldChoice {
            var field: PlanImport.Field
            /// The column letter, or "" for "Not in this file".
            var selected: String
        }

        var sheetName: String
        /// The header row given, or else the sheet's first row.
        var headerRow: Int
        /// Whether Oversight's guess found any column, which changes what the page asks of the user.
        var hasGuess: Bool
        /// The sample table's column letters: at most 26, so a wide sheet still fits.
        var sampleColumns: [String]
        var sampleRows: [SampleRow]
        /// Every column of the sheet, with the heading it has in the header row.
        var columnOptions: [(value: String, label: String)]
        /// The choices of the earlier steps, carried in the form without those this step makes.
        var carried: [(String, String)]
        /// The header row as the user gave it, or as guessed.
        var headerRowValue: String?
        var fields: [FieldChoice]
        /// With one sheet there is no sheet to go back and change.
        var canChangeSheet: Bool

        init(sheet: PlanImportSource.Sheet, choices: PlanImportChoices, columnCount: Int, canChangeSheet: Bool) {
            let header = Int(choices.headerRow ?? "") ?? sheet.rows.first?.number ?? 1
            let headings = sheet.rows.first { $0.number == header }?.cells ?? []
            let shownColumns = 0..<min(columnCount, 26)
            sheetName = sheet.name
            headerRow = header
            hasGuess = choices.columns?.values.contains { !$0.isEmpty } == true
            sampleColumns = shownColumns.map(ColumnLetters.name)
            sampleRows = sheet.rows.filter { $0.number >= header }.prefix(PlanImportViews.sampleRows).map { row in
                SampleRow(number: row.number, cells: shownColumns.map { index in
                    index < row.cells.count ? row.cells[index].shown.map { Self.clipped($0, 60) } ?? "" : ""
                })
            }
            columnOptions = (0..<columnCount).map { index in
                (value: ColumnLetters.name(index),
                 label: ColumnLetters.name(index) + (index < headings.count ? headings[index].shown.map { ": \(Self.clipped($0, 40))" } ?? "" : ""))
            }
            var earlier = choices
            earlier.columns = nil
            earlier.headerRow = nil
            earlier.step = nil
            carried = earlier.pairs
            headerRowValue = choices.headerRow
            fields = PlanImport.Field.allCases.map { FieldChoice(field: $0, selected: choices.columns?[$0] ?? "") }
            self.canChangeSheet = canChangeSheet
        }

        private static func clipped(_ text: String, _ length: Int) -> String {
            text.count > length ? String(text.prefix(length - 1)) + "…" : text
        }
    }
}
