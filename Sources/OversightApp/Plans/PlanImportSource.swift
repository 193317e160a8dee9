import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// A tracker file's sheets as rows for `PlanImport`: every sheet of a workbook, or a CSV file as
/// one sheet named after the file.
package enum PlanImportSource {
    package struct Sheet {
        package var name: String
        package var isHidden: Bool
        package var rows: [PlanImport.Row]
    }

    package static func sheets(_ data: Data, fileName: String) throws -> [Sheet] {
        if ImportTable.isWorkbook([UInt8](data.prefix(4))) {
            return try XlsxReader.read(data).sheets.map { sheet in
                Sheet(name: sheet.name, isHidden: sheet.isHidden, rows: sheet.rows.map { .init(number: $0.number, cells: $0.cells) })
            }
        }
        // A file named as a workbook that is not one is refused as such, not read as text.
        if [".xlsx", ".xlsm"].contains(where: { fileName.lowercased().hasSuffix($0) }) { throw WorkbookProblem.notAWorkbook }
        switch CSVTable.lines([UInt8](data)) {
        case let .failure(problem):
            throw OversightAdmin.Problem.message(problem.description)
        case let .success(lines):
            let name = (fileName as NSString).lastPathComponent
            return [Sheet(name: name, isHidden: false,
                          rows: lines.map { .init(number: $0.line, cells: $0.fields.map { $0.isEmpty ? .empty : .text($0) }) })]
        }
    }
}
