import Foundation

/// One cell of a table being imported, typed as its source typed it: a workbook's cells keep
/// their types, a CSV file's are all text.
public enum TableCell: Equatable, Hashable, Sendable {
    case empty
    case text(String)
    case number(Double)
    case date(CalendarDate)
    case bool(Bool)
    /// A formula error such as `#DIV/0!`.
    case error(String)
    /// A number formatted as a percentage, held as the spreadsheet holds it: 0.225 shows as 22.5%.
    case percentage(Double)

    /// A number as typed: "44", "22.5".
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The cell as a person reads it, trimmed; nil when empty.
    public var shown: String? {
        let text: String
        switch self {
        case .empty: return nil
        case let .text(value): text = value
        case let .number(value): text = Self.plain(value)
        // Rounded to nine places, so that 0.225 shows as 22.5%, not 22.500000000000004%.
        case let .percentage(share): text = Self.plain((share * 100 * 1e9).rounded() / 1e9) + "%"
        case let .date(date): text = UKDateFormat.long(date)
        case let .bool(value): text = value ? "TRUE" : "FALSE"
        case let .error(value): text = value
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// Dates as councils type them, read as UK dates: a spreadsheet's own date, "12/10/2017",
/// "12/10/17", "12 Oct 2017", "12 October 2017", "2017-10-12", or an Excel serial day number
/// (which a CSV saved from Excel can carry). Day before month, always.
public enum ImportDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Nil for anything that is not a date in `CalendarDate.acceptedYears`.
    public static func read(_ cell: TableCell) -> CalendarDate? {
        let date: CalendarDate? = switch cell {
        case let .date(date): date
        case let .number(serial): fromSerial(serial)
        case let .text(text): read(text)
        default: nil
        }
        return date.flatMap { CalendarDate.acceptedYears.contains($0.year) ? $0 : nil }
    }

    public static func read(_ raw: String) -> CalendarDate? {
        readAnyYear(raw).flatMap { CalendarDate.acceptedYears.contains($0.year) ? $0 : nil }
    }

    private static func readAnyYear(_ raw: String) -> CalendarDate? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let iso = CalendarDate(iso: text.prefix(10)), text.count == 10 || text.dropFirst(10).first == "T" || text.dropFirst(10).first == " " {
            return iso
        }
        let slashed = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        if slashed.count == 3, let day = Int(slashed[0]), let month = Int(slashed[1]), var year = Int(slashed[2]) {
            if slashed[2].count == 2 { year += 2000 }
            return CalendarDate(year: year, month: month, day: day)
        }
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map { $0.lowercased() }
        if words.count == 3, let day = Int(words[0].filter(\.isNumber)), let year = Int(words[2]),
           let month = months.firstIndex(where: { words[1].hasPrefix($0) }) {
            return CalendarDate(year: year < 100 ? year + 2000 : year, month: month + 1, day: day)
        }
        if let serial = Double(text), serial >= 20_000, serial < 80_000 { return fromSerial(serial) }
        return nil
    }

    /// An Excel serial day (1900 system) from a plain number; only plausible modern dates.
    static func fromSerial(_ serial: Double) -> CalendarDate? {
        guard serial >= 20_000, serial < 80_000 else { return nil }
        return CalendarDate(year: 1899, month: 12, day: 30)?.adding(days: Int(serial))
    }
}

/// Column letters as spreadsheets show them: "A" for 0, "Z" for 25, "AA" for 26.
public enum ColumnLetters {
    public static func name(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            name = String(UnicodeScalar(UInt8(65 + (index - 1) % 26))) + name
            index = (index - 1) / 26
        }
        return name
    }
}
