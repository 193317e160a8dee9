import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// The mapping a command-line import reads from JSON: the sheet, the header row, each field's
/// column by letter ("B") or by its header text ("Due date"), and what split ratings mean.
///
///     {"sheet": "Action tracker", "headerRow": 2,
///      "columns": {"reference": "A", "action": "Action", "lead": "C", "due-date": "D", "rating": "E"},
///      "ratings": {"A/G": "amber"}}
struct PlanImportMappingFile: Codable, Equatable {
    var sheet: String?
    var headerRow: Int
    var columns: [String: String]
    var ratings: [String: String]?

    init(sheet: String?, _ mapping: PlanImport.Mapping) {
        self.sheet = sheet
        headerRow = mapping.headerRow
        columns = Dictionary(uniqueKeysWithValues: mapping.columns.map { ($0.key.rawValue, ColumnLetters.name($0.value)) })
        ratings = mapping.ratings.isEmpty ? nil : mapping.ratings.mapValues { $0?.rawValue ?? "none" }
    }

    /// The mapping for these rows; every unknown field, column or rating is named.
    func mapping(for rows: [PlanImport.Row]) throws -> PlanImport.Mapping {
        let header = rows.first { $0.number == headerRow }
        var mapped: [PlanImport.Field: Int] = [:]
        for (name, column) in columns.sorted(by: { $0.key < $1.key }) {
            guard let field = PlanImport.Field(rawValue: name) else {
                throw OversightAdmin.Problem.message("the mapping's column \"\(name)\" is not a field; the fields are "
                    + PlanImport.Field.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if let index = (0..<702).first(where: { ColumnLetters.name($0) == column.uppercased() }) {
                mapped[field] = index
            } else if let index = header?.cells.firstIndex(where: { $0.shown?.lowercased() == column.lowercased() }) {
                mapped[field] = index
            } else {
                throw OversightAdmin.Problem.message("the mapping puts \(name) in column \"\(column)\", which is neither a column letter nor a heading in row \(headerRow)")
            }
        }
        var ratings: [String: Rating?] = [:]
        for (written, meaning) in self.ratings ?? [:] {
            if meaning.lowercased() == "none" { ratings[written] = .some(nil); continue }
            guard let rating = Rating(rawValue: meaning.lowercased()) else {
                throw OversightAdmin.Problem.message("the mapping says rating \"\(written)\" means \"\(meaning)\"; use red, amber, green, blue or none")
            }
            ratings[written] = rating
        }
        return PlanImport.Mapping(headerRow: headerRow, columns: mapped, ratings: ratings)
    }
}
