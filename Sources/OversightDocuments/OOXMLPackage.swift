import Foundation

/// An Office Open XML package (a `.docx` or `.xlsx`): its parts, deflated into one zip. Each
/// entry is dated `modified`, so the same parts always give the same bytes.
enum OOXMLPackage {
    static func zip(_ parts: [(path: String, xml: String)], modified: Date) throws -> Data {
        var zip = ZipWriter(modified: modified)
        for (path, xml) in parts { try zip.add(path, Data(xml.utf8)) }
        return try zip.finished()
    }

    /// Text safe inside an XML element or attribute: markup characters escaped and the control
    /// characters XML 1.0 forbids removed (a pasted form feed must not make Word or Excel refuse
    /// the file).
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        append(text, to: &result)
        return result
    }

    /// `text`, escaped as `escape` escapes it, added to the end of `output`: a 480-row appendix
    /// is written into one string rather than a string a cell.
    static func append(_ text: String, to output: inout String) {
        guard needsEscaping(text) else {
            output.append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                output.unicodeScalars.append(scalar)
            }
        }
    }

    /// Most text has nothing to escape or remove. A byte 0xEF may begin U+FFFE or U+FFFF, which
    /// XML forbids, so text with one is looked at scalar by scalar.
    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }
    }
}
