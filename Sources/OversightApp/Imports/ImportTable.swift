import Foundation
import OversightDocuments
import OversightDomain

/// The table an import with fixed columns reads (figures, benchmarks, risks): a CSV file as it
/// is, or a workbook's sheet. In a workbook the header is the first row, among the first 20 of
/// the first visible sheet that has one, that names `keyColumn`; rows keep the numbers the
/// spreadsheet shows, so every problem points at the row to correct.
enum ImportTable {
    struct Read {
        var table: CSVTable
        /// The sheet read, for a workbook; nil for a CSV file.
        var sheet: String?
    }

    static func isWorkbook(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    static func read(_ bytes: [UInt8], keyColumn: String, columns: [String]) -> Result<Read, ImportProblem> {
        guard isWorkbook(bytes) else { return CSVTable.read(bytes, columns: columns).map { Read(table: $0, sheet: nil) } }
        let contents: WorkbookContents
        do {
            contents = try XlsxReader.read(Data(bytes))
        } catch let problem as WorkbookProblem {
            return .failure(ImportProblem(line: nil, column: nil, message: problem.description))
        } catch {
            return .failure(ImportProblem(line: nil, column: nil, message: "The workbook could not be read: save it again from your spreadsheet program and import that"))
        }
        for sheet in contents.sheets where !sheet.isHidden {
            guard let header = sheet.rows.prefix(20).first(where: { row in
                row.cells.contains { $0.shown?.lowercased() == keyColumn }
            }) else { continue }
            let names = header.cells.map { $0.shown?.lowercased() ?? "" }
            let rows = sheet.rows.map { row in
                (number: row.number, fields: row.cells.enumerated().map { index, cell in
                    text(cell, column: index < names.count ? names[index] : "")
                })
            }
            return .success(Read(table: .rows(rows, headerRow: header.number), sheet: sheet.name))
        }
        return .failure(ImportProblem(line: nil, column: nil, message:
            "No sheet has a row of headings naming \(keyColumn). Put the headings \(columns.joined(separator: ", ")) in a row above the data"))
    }

    /// A cell as the text a CSV file would hold: numbers as typed, percentages as "22.5%", dates
    /// in ISO form, and a date in a period column as its month (Excel turns a typed "2017-10"
    /// into 1 October 2017).
    static func text(_ cell: TableCell, column: String) -> String {
        switch cell {
        case .empty: ""
        case let .text(text): text
        case let .number(number): IndicatorValueImport.format(number)
        case let .date(date): column == "period" ? String(date.iso.prefix(7)) : date.iso
        case let .bool(value): value ? "TRUE" : "FALSE"
        case let .error(error): error
        // "22.5%", which the figures import reads as 22.5, as a CSV file would have it.
        case .percentage: cell.shown ?? ""
        }
    }
}
