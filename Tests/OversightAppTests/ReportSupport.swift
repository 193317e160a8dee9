import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting
import ZIPFoundation

extension ReportCommittee {
    /// Cabinet for tests that make pages without a database: a fixed id, so snapshots stay still.
    static let testCabinet = ReportCommittee(GoverningBody.testCabinet)
}

extension GoverningBody {
    static let testCabinet = GoverningBody(id: .init(UUID(uuidString: "00000000-0000-0000-0000-000000000799")!),
                                           councilID: .init(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!),
                                           name: "Cabinet", kind: .cabinet, termsOfReference: "", quorum: 2)
}

extension Application {

    /// The demo's reports by title.
    func demoReport(_ title: String, in council: Council) async throws -> Report {
        let summary = try #require(try await ReportStore.list(in: council.id, publishedOnly: false, on: db)
            .first { $0.title == title })
        return try #require(try await ReportStore.find(summary.id, in: council.id, on: db)?.0)
    }
}

enum ReportText {
    static let cabinet = "Children's Services Continuous Improvement Plan"
    static let scrutiny = "Improvement Board Update"
    static let partTwo = "Children's Social Care Agency Staffing Contract"
    static let draft = "Improvement Board Update: January 2018"
    /// Words only the exempt report contains.
    static let exemptWords = ["£38.50", DemoReports.partTwoSummary, "£2.4 million"]

    /// The running text of a `.docx`: every `w:t` of the document part, in order.
    static func docxText(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        let xml = String(decoding: bytes, as: UTF8.self)
        var text = ""
        var rest = Substring(xml)
        // `<w:t>`, or `<w:t xml:space="preserve">` where the text's spacing must be kept.
        while let open = rest.range(of: "<w:t"), let end = rest[open.upperBound...].firstIndex(of: ">") {
            let tag = rest[open.upperBound..<end]
            rest = rest[rest.index(after: end)...]
            guard tag.isEmpty || tag == " xml:space=\"preserve\"" else { continue }
            guard let close = rest.range(of: "</w:t>") else { break }
            text += rest[..<close.lowerBound] + " "
            rest = rest[close.upperBound...]
        }
        return text.replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
    }

    /// Whether the phrases appear in this order.
    static func inOrder(_ text: String, _ phrases: [String]) -> String? {
        var from = text.startIndex
        for phrase in phrases {
            guard let found = text.range(of: phrase, range: from..<text.endIndex) else { return phrase }
            from = found.upperBound
        }
        return nil
    }

    /// A complete report form for the demo council: Part I, all divisions, every required section.
    static func form(body: GoverningBody.ID, title: String = "Improvement Board Update: February 2017",
                     meeting: (Int, Int, Int) = (8, 2, 2017), extra: [(String, String)] = []) -> [(String, String)] {
        [
            ("template", ReportTemplateStore.standardID.description), ("body", body.description),
            ("meeting-day", String(meeting.0)), ("meeting-month", String(meeting.1)), ("meeting-year", String(meeting.2)),
            ("reportOf", "the Director of Children's Services"), ("part", ReportPart.partI.rawValue), ("areasScope", "all"),
            ("title", title), ("contactName", "David Okafor"), ("contactTelephone", "(01632) 960102"),
            ("contactJobTitle", "Head of Improvement"), ("contactEmail", "david.okafor@northshire.example"),
            ("section-executive-summary", "An update for the Committee."),
            ("section-recommendation", "The Committee is asked to note the report."),
            ("section-background", "The Board met twice."), ("implication-1", "Children may not be safe."),
            ("paper-1-name", "Board minutes"), ("paper-1-date", "January 2017"), ("paper-1-contact", "David Okafor"),
            ("keyDecision", "no"),
        ] + extra
    }

    static func id(_ response: TestingHTTPResponse) throws -> Report.ID {
        let location = try #require(response.location)
        let parts = location.split(separator: "/")
        let index = try #require(parts.firstIndex(of: "reports"))
        return try #require(Report.ID(String(parts[index + 1])))
    }
}
