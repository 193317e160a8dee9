import CSV
import Dispatch

/// A CSV file as a spreadsheet saves it, read with a CSV library: UTF-8 checked first, a byte
/// order mark dropped, Windows line ends and Excel's quoting accepted, the header's names
/// trimmed and lower-cased, and each line kept with its number as a spreadsheet shows it (the
/// header is line 1). Blank lines are skipped.
public struct CSVTable: Sendable {
    /// A line's fields in the header's order. They are read by column name, or by the column's
    /// position (`column(_:)`) when every line of a large file is read.
    public struct Record: Sendable {
        public var line: Int
        public var values: [String]
        /// Column names to positions: one dictionary, shared by every record of a table.
        let columns: [String: Int]

        public init(line: Int, values: [String], columns: [String: Int]) {
            self.line = line
            self.values = values
            self.columns = columns
        }

        /// The field under the column `name`, or nil when the file has no such column or the line
        /// stops short of it.
        public subscript(name: String) -> String? { columns[name].flatMap { self[$0] } }

        /// The field at a column's position (`CSVTable.column(_:)`).
        public subscript(position: Int?) -> String? {
            guard let position, position < values.count else { return nil }
            return values[position]
        }
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

    /// The position of the column `name`; the last, if the header names it twice, as a
    /// spreadsheet's lookup of a heading would find the later copy pasted over the first.
    public func column(_ name: String) -> Int? { header.lastIndex(of: name) }

    /// Column names to positions, the last of a name kept (as `column(_:)`).
    static func positions(_ header: [String]) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() { columns[name] = index }
        return columns
    }

    /// A sheet's rows as a table: the row numbered `headerRow` names the columns (trimmed and
    /// lower-cased, as from a CSV file), and each filled row below it is a record numbered as the
    /// spreadsheet numbers it. An import reads a workbook and a CSV file the same way.
    public static func rows(_ rows: [(number: Int, fields: [String])], headerRow: Int) -> CSVTable {
        let header = rows.first { $0.number == headerRow }?.fields.map { $0.trimmingWhitespace.lowercased() } ?? []
        let columns = positions(header)
        let records = rows.filter { $0.number > headerRow && !$0.fields.allSatisfy { $0.trimmingWhitespace.isEmpty } }.map { row in
            Record(line: row.number, values: row.fields.prefix(header.count).map(\.trimmingWhitespace), columns: columns)
        }
        return CSVTable(header: header, headerLine: headerRow, records: records)
    }

    /// `columns` names the columns expected, for the messages.
    public static func read(_ bytes: [UInt8], columns: [String]) -> Result<CSVTable, ImportProblem> {
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(notUTF8) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.indices.dropFirst(3) : bytes.indices.dropFirst(0)
        let parts = halves(bytes, body)
        // Each part read by its own reader, on its own core; only the first has the header line.
        nonisolated(unsafe) var read = [Part?](repeating: nil, count: parts.count)
        read.withUnsafeMutableBufferPointer { read in
            nonisolated(unsafe) let results = read
            DispatchQueue.concurrentPerform(iterations: parts.count) { index in
                results[index] = Part(String(decoding: bytes[parts[index]], as: UTF8.self), header: index == 0)
            }
        }
        guard let first = read.first ?? nil, let header = first.header else {
            return .failure(ImportProblem(line: 1, column: nil,
                                          message: "The header line could not be read: the first line must name the columns \(columns.joined(separator: ","))"))
        }
        let positions = positions(header)
        var records: [Record] = []
        records.reserveCapacity(read.reduce(0) { $0 + ($1?.rows.count ?? 0) })
        var line = 1
        for part in read {
            guard let part else { continue }
            if let error = part.error {
                return .success(CSVTable(header: header, records: records, problem:
                    ImportProblem(line: line + part.rows.count + 1, column: nil, message: "could not be read (\(error)): check its quotes")))
            }
            for fields in part.rows {
                line += 1
                // Trimmed once here: every check after reads the fields as they are.
                let values = fields.prefix(header.count).map(\.trimmingWhitespace)
                if values.allSatisfy(\.isEmpty) && fields.dropFirst(header.count).allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
                records.append(Record(line: line, values: values, columns: positions))
            }
        }
        return .success(CSVTable(header: header, records: records))
    }

    /// One part of a file as its reader gave it: the header's names (trimmed and lower-cased) if
    /// the part starts the file, and every line below as the reader split it.
    private struct Part {
        var header: [String]?
        var rows: [[String]] = []
        var error: (any Error)?

        init?(_ text: String, header hasHeader: Bool) {
            guard let reader = try? CSVReader(string: text, hasHeaderRow: hasHeader) else {
                guard !hasHeader else { return nil }
                return
            }
            if hasHeader { header = (reader.headerRow ?? []).map { $0.trimmingWhitespace.lowercased() } }
            while let fields = reader.next() { rows.append(fields) }
            error = reader.error
        }
    }

    /// A large file split into two at the line end nearest its middle, for a reader each; any
    /// other file whole. Only a file without a double quote is split: without quotes every line
    /// end ends a line, and the library reads every field either way.
    private static func halves(_ bytes: [UInt8], _ body: Range<Int>) -> [Range<Int>] {
        guard body.count >= 256 * 1024,
              !bytes[body].contains(UInt8(ascii: "\"")),
              let end = bytes[(body.lowerBound + body.count / 2)...].firstIndex(of: UInt8(ascii: "\n")), end + 1 < body.upperBound
        else { return [body] }
        return [body.lowerBound..<(end + 1), (end + 1)..<body.upperBound]
    }

    static let notUTF8 = ImportProblem(line: nil, column: nil, message:
        "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (Comma delimited)\" and import that")

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
        // Most cells are plain numbers and are read as they are (an import reads three a line).
        let plain = !raw.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "%") }
        var text = plain ? raw : raw.replacingAll(",", with: "")
        if !plain, text.hasSuffix("%") { text.removeLast() }
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
        guard var text = String(validating: bytes, as: UTF8.self) else { return .failure(notUTF8) }
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
