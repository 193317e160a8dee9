import OversightDomain

/// A workbook as Oversight exports it: sheets of typed cells under one header row each. The
/// `XlsxWriter` turns it into an `.xlsx` that Excel and LibreOffice open without repair, with
/// the header frozen and filtered and dates, numbers and percentages as real cells.
public struct Spreadsheet: Equatable, Sendable {
    public var title: String
    public var sheets: [Sheet]

    public init(title: String, sheets: [Sheet]) {
        self.title = title
        self.sheets = sheets
    }

    public struct Sheet: Equatable, Sendable {
        public var name: String
        public var columns: [Column]
        public var rows: [[Cell]]

        public init(name: String, columns: [Column], rows: [[Cell]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    public struct Column: Equatable, Sendable {
        public var header: String
        /// In characters of the default font, as Excel measures column widths.
        public var width: Double

        public init(_ header: String, width: Double) {
            self.header = header
            self.width = width
        }
    }

    public enum Cell: Equatable, Sendable {
        case text(String)
        case number(Double)
        case integer(Int)
        /// A share: 0.457 is shown as 45.7%.
        case percentage(Double)
        case date(CalendarDate)
        case empty

        /// Text, or an empty cell for nil or blank text.
        public static func text(_ value: String?) -> Cell {
            guard let value, !value.isEmpty else { return .empty }
            return .text(value)
        }

        public static func date(_ value: CalendarDate?) -> Cell { value.map { .date($0) } ?? .empty }
        public static func number(_ value: Double?) -> Cell { value.map { .number($0) } ?? .empty }
    }
}
