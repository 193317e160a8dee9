import Foundation

/// An improvement plan read from a council's own tracker: which column holds what, a guess at
/// that from the header's words, and a preview of the priorities and actions it would create with
/// every problem named by sheet, row and column. Nothing here writes; the caller creates the plan
/// only from a preview without problems.
public enum PlanImport {
    public enum Field: String, CaseIterable, Codable, Sendable {
        case reference, priority, action, how, lead, startDate = "start-date", dueDate = "due-date", rating, update
        case successMeasures = "success-measures"

        public var label: String {
            switch self {
            case .reference: "Reference"
            case .priority: "Priority"
            case .action: "Action"
            case .how: "How it will be done"
            case .lead: "Lead officer"
            case .startDate: "Start date"
            case .dueDate: "Due date"
            case .rating: "Rating (RAG)"
            case .update: "Latest update"
            case .successMeasures: "Success measures"
            }
        }

        /// Header words that suggest the field, most telling first; compared without case or punctuation.
        var synonyms: [String] {
            switch self {
            case .reference: ["ref", "reference", "no", "number", "action no", "action ref", "id"]
            case .priority: ["priority", "theme", "workstream", "priority area", "objective"]
            case .action: ["action", "actions", "what", "action description", "description", "task", "what we will do"]
            case .how: ["how", "how we will do it", "activity", "activities", "detail"]
            case .lead: ["lead", "lead officer", "owner", "responsible officer", "responsible", "who", "accountable"]
            case .startDate: ["start", "start date", "from"]
            case .dueDate: ["due", "due date", "deadline", "target date", "completion date", "by when", "when", "date"]
            case .rating: ["rag", "rag rating", "rating", "status rag", "rag status", "bram", "brag"]
            case .update: ["update", "progress", "latest update", "progress update", "commentary", "comments", "narrative"]
            case .successMeasures: ["success measures", "measures of success", "outcome", "outcomes", "impact", "evidence of impact"]
            }
        }
    }

    /// Which column (from 0) holds each field, below which header row.
    public struct Mapping: Equatable, Codable, Sendable {
        /// The spreadsheet's own row number of the header.
        public var headerRow: Int
        public var columns: [Field: Int]
        /// Ratings as written in the file, as the user confirmed them; nil means "no rating".
        public var ratings: [String: Rating?]
        /// Leads as written in the file that the user matched to someone in the people directory.
        public var people: [String: Person.ID]

        public init(headerRow: Int, columns: [Field: Int], ratings: [String: Rating?] = [:], people: [String: Person.ID] = [:]) {
            self.headerRow = headerRow
            self.columns = columns
            self.ratings = ratings
            self.people = people
        }
    }

    public struct Row: Equatable, Sendable {
        public var number: Int
        public var cells: [TableCell]

        public init(number: Int, cells: [TableCell]) {
            self.number = number
            self.cells = cells
        }

        func cell(_ column: Int?) -> TableCell { column.map { $0 < cells.count ? cells[$0] : .empty } ?? .empty }
        var filled: [TableCell] { cells.filter { $0.shown != nil } }
    }

    /// The first row, within the first 20, that names an action column, and a column for each
    /// field whose words it finds. Each column is given to at most one field.
    public static func guess(_ rows: [Row]) -> Mapping? {
        for row in rows.prefix(20) {
            let headers = row.cells.map { normalised($0.shown ?? "") }
            var columns: [Field: Int] = [:]
            var taken = Set<Int>()
            for field in Field.allCases {
                for synonym in field.synonyms {
                    if let column = headers.indices.first(where: { !taken.contains($0) && headers[$0] == synonym }) {
                        columns[field] = column
                        taken.insert(column)
                        break
                    }
                }
            }
            if columns[.action] != nil, columns.count >= 2 { return Mapping(headerRow: row.number, columns: columns) }
        }
        return nil
    }

    static func normalised(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
    }

    /// A rating as written: the word, its initial, any case. "A/G" and the like are split ratings
    /// that the user must settle; nil there means not recognised.
    public static func rating(_ text: String) -> Rating? {
        switch normalised(text) {
        case "r", "red": .red
        case "a", "amber", "orange", "yellow": .amber
        case "g", "green": .green
        case "b", "blue", "complete", "completed", "done": .blue
        default: nil
        }
    }
}
