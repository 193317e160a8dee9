/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or
/// line break. A cell that would start a spreadsheet formula (=, +, -, @) is prefixed with an
/// apostrophe, so that opening an export in Excel can never run what someone typed.
public enum CSVWriter {
    public static func write(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
