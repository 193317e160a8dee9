import CSV

/// A CSV file as a spreadsheet saves it, read with a CSV library: UTF-8 checked first, a byte
/// order mark dropped, Windows line ends and Excel's quoting accepted, the header's names
/// trimmed and lower-cased, and each line kept with its number as a spreadsheet shows it (the
/// header is line 1). Blank lines are skipped.
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String: String]
    }

    public var header: [String]
    /// The header's line (or a sheet's row): 1 in a CSV file, wherever the headings are in a workbook.
    public var headerLine = 1
    public var records: [Record]
    /// A line the reader could not make sense of (an unclosed quote), if any.
    public var problem: ImportProblem?

    public init(header: [String], headerLine: Int = 1, records: [Record], problem: ImportProblem? = nil) {
        self.header = header
        self.headerLine = headerLine
        self.records = records
        self.problem = problem
    }

    /// A sheet's rows as a table: the row numbered `headerRow` names the columns (trimmed and
    /// lower-cased, as from a CSV file), and each filled row below it is a record numbered as the
    /// spreadsheet numbers it. An import reads a workbook and a CSV file the same way.
    public static func rows(_ rows: [(number: Int, fields: [String])], headerRow: Int) -> CSVTable {
        let header = rows.first { $0.number == headerRow }?.fields.map { $0.trimmingWhitespace.lowercased() } ?? []
        let records = rows.filter { $0.number > headerRow && !$0.fields.allSatisfy { $0.trimmingWhitespace.isEmpty } }.map { row in
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() where index < row.fields.count { record[name] = row.fields[index].trimmingWhitespace }
            return Record(line: row.number, fields: record)
        }
        return CSVTable(header: header, headerLine: headerRow, records: records)
    }

    /// `columns` names the columns expected, for the messages.
    public static func read(_ bytes: [UInt8], columns: [String]) -> Result<CSVTable, ImportProblem> {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(ImportProblem(line: nil, column: nil, message:
                "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (Comma delimited)\" and import that"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            return .failure(ImportProblem(line: 1, column: nil,
                                          message: "The header line could not be read: the first line must name the columns \(columns.joined(separator: ","))"))
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingWhitespace.lowercased() }
        var records: [Record] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            if fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() where index < fields.count { record[name] = fields[index].trimmingWhitespace }
            records.append(Record(line: line, fields: record))
        }
        let problem = reader.error.map {
            ImportProblem(line: line + 1, column: nil, message: "could not be read (\($0)): check its quotes")
        }
        return .success(CSVTable(header: header, records: records, problem: problem))
    }

    /// Header names that are not among `columns`, each as a problem on line 1.
    public func unknownColumns(_ columns: [String]) -> [ImportProblem] {
        header.filter { !$0.isEmpty && !columns.contains($0) }.map {
            ImportProblem(line: headerLine, column: $0, message: "is not a column Oversight reads; the columns are \(columns.joined(separator: ","))")
        }
    }

    /// The largest figure, numerator or denominator Oversight takes: no count about a council's
    /// children comes near it, and bounding figures keeps every sum and format on them exact.
    public static let maxFigure: Double = 1_000_000_000_000

    /// A number as a spreadsheet may write it: "22.5%", "1,234". Nil when the cell is empty;
    /// a problem when it is not a number, is negative or is larger than `maxFigure`.
    public static func number(_ raw: String?, column: String, line: Int, problems: inout [ImportProblem]) -> Double? {
        guard let raw, !raw.isEmpty else { return nil }
        var text = raw.replacingAll(",", with: "")
        if text.hasSuffix("%") { text.removeLast() }
        guard let value = Double(text), value.isFinite else {
            problems.append(ImportProblem(line: line, column: column, message: "\"\(raw)\" is not a number"))
            return nil
        }
        if value < 0 {
            problems.append(ImportProblem(line: line, column: column, message: "\(raw) is negative; figures are never below zero"))
        } else if value > maxFigure {
            problems.append(ImportProblem(line: line, column: column, message: "\(raw) is too large; figures are at most 1,000,000,000,000"))
            return nil
        }
        return value
    }
}

extension CSVTable {
    /// Every non-blank line of a CSV file as text cells, with its line number, for imports whose
    /// header row and columns the user chooses (a plan tracker saved as CSV).
    public static func lines(_ bytes: [UInt8]) -> Result<[(line: Int, fields: [String])], ImportProblem> {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(ImportProblem(line: nil, column: nil, message:
                "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (Comma delimited)\" and import that"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else {
            return .failure(ImportProblem(line: 1, column: nil, message: "The first line could not be read: check its quotes"))
        }
        var lines: [(line: Int, fields: [String])] = []
        var line = 0
        while let fields = reader.next() {
            line += 1
            if fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            lines.append((line, fields))
        }
        if let error = reader.error {
            return .failure(ImportProblem(line: line + 1, column: nil, message: "could not be read (\(error)): check its quotes"))
        }
        return .success(lines)
    }
}
