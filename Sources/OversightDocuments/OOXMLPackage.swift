import Foundation
import ZIPFoundation

/// An Office Open XML package (a `.docx` or `.xlsx`): its parts, deflated into one zip. Each
/// entry is dated `modified`, so the same parts always give the same bytes.
enum OOXMLPackage {
    enum Failure: Error { case archiveUnavailable }

    static func zip(_ parts: [(path: String, xml: String)], modified: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: modified, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Failure.archiveUnavailable }
        return data
    }

    /// Text safe inside an XML element or attribute: markup characters escaped and the control
    /// characters XML 1.0 forbids removed (a pasted form feed must not make Word or Excel refuse
    /// the file).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
