import Foundation

/// A file uploaded as evidence with an update. The bytes live in the database with the update,
/// in the same transaction; the checksum lets anyone confirm a download is what was uploaded.
public struct EvidenceFile: Hashable, Sendable, Codable {
    public typealias ID = Identifier<EvidenceFile>

    public var id: ID
    public var updateID: ActionUpdate.ID
    public var fileName: String
    public var kind: EvidenceKind
    public var size: Int
    /// SHA-256 of the bytes, in hex.
    public var sha256: String

    public init(id: ID, updateID: ActionUpdate.ID, fileName: String, kind: EvidenceKind, size: Int, sha256: String) {
        self.id = id
        self.updateID = updateID
        self.fileName = fileName
        self.kind = kind
        self.size = size
        self.sha256 = sha256
    }

    /// "1.2 MB", "340 KB": sizes as people read them.
    public var sizeLabel: String { EvidenceRules.sizeLabel(size) }
}

/// The kinds of file a council uses as evidence. Anything else (programs, scripts, archives,
/// web pages) is refused, because a download link in Oversight must be safe to open.
public enum EvidenceKind: String, Labelled {
    case pdf, word, excel, powerpoint, png, jpeg, csv, text

    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .word: "Word document"
        case .excel: "Excel spreadsheet"
        case .powerpoint: "PowerPoint presentation"
        case .png: "PNG image"
        case .jpeg: "JPEG image"
        case .csv: "CSV file"
        case .text: "Text file"
        }
    }

    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .word: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .excel: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .powerpoint: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .csv: "text/csv"
        case .text: "text/plain"
        }
    }

    /// The file name endings each kind may have.
    public var extensions: [String] {
        switch self {
        case .pdf: ["pdf"]
        case .word: ["docx"]
        case .excel: ["xlsx"]
        case .powerpoint: ["pptx"]
        case .png: ["png"]
        case .jpeg: ["jpg", "jpeg"]
        case .csv: ["csv"]
        case .text: ["txt"]
        }
    }
}

public enum EvidenceProblem: Error, Equatable, Sendable {
    case empty(String)
    case tooLarge(String, size: Int)
    case refusedType(String)
    /// The name says one kind and the contents another, such as a program renamed report.pdf.
    case contentMismatch(String, EvidenceKind)
    case tooMany(Int)

    /// A message naming the file and what would be right.
    public var message: String {
        switch self {
        case let .empty(name): "\(name) is empty: choose the file again"
        case let .tooLarge(name, size):
            "\(name) is \(EvidenceRules.sizeLabel(size)): each file must be \(EvidenceRules.sizeLabel(EvidenceRules.maxBytes)) or smaller"
        case let .refusedType(name):
            "\(name) is not a file type Oversight accepts: use PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), PNG, JPEG, CSV or text"
        case let .contentMismatch(name, kind):
            "\(name) does not contain what its name says (a \(kind.label)): save it again as a \(kind.label) and upload that"
        case let .tooMany(limit): "Upload \(limit) files or fewer with one update"
        }
    }
}

public enum EvidenceRules {
    /// 10 MB for each file: a board paper or a scanned audit, not a video.
    public static let maxBytes = 10 * 1024 * 1024
    public static let maxFiles = 5

    /// The kind of a file, judged by its name and confirmed by its first bytes.
    public static func check(fileName: String, bytes: [UInt8]) -> Result<EvidenceKind, EvidenceProblem> {
        let name = displayName(fileName)
        guard !bytes.isEmpty else { return .failure(.empty(name)) }
        guard bytes.count <= maxBytes else { return .failure(.tooLarge(name, size: bytes.count)) }
        let ending = (fileName.split(separator: ".").last.map(String.init) ?? "").lowercased()
        guard fileName.contains("."),
              let kind = EvidenceKind.allCases.first(where: { $0.extensions.contains(ending) }) else {
            return .failure(.refusedType(name))
        }
        return matches(kind, bytes) ? .success(kind) : .failure(.contentMismatch(name, kind))
    }

    /// The name to store and show: the last path component, without control characters, at most 200 characters.
    public static func displayName(_ fileName: String) -> String {
        let last = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
            .replacingOccurrences(of: "\"", with: "'")
        return clean.isEmpty ? "evidence" : String(clean.prefix(200))
    }

    static func matches(_ kind: EvidenceKind, _ bytes: [UInt8]) -> Bool {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        switch kind {
        case .pdf: return starts(Array("%PDF-".utf8))
        case .png: return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpeg: return starts([0xFF, 0xD8, 0xFF])
        // Office files are zip packages; the part names inside tell the three apart.
        case .word: return starts([0x50, 0x4B, 0x03, 0x04]) && contains(bytes, "word/")
        case .excel: return starts([0x50, 0x4B, 0x03, 0x04]) && contains(bytes, "xl/")
        case .powerpoint: return starts([0x50, 0x4B, 0x03, 0x04]) && contains(bytes, "ppt/")
        case .csv, .text: return !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
        }
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if Array(bytes[start..<start + needle.count]) == needle { return true }
        }
        return false
    }

    public static func sizeLabel(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
        if bytes >= 1024 { return "\((bytes + 512) / 1024) KB" }
        return "\(bytes) bytes"
    }
}
