import OversightDomain
import OversightStore
import Vapor

struct AgendaItemForm: FormInput {
    var title: String?
    var part: String?
    var paragraph: String?
    var publicInterest: String?
    var report: String?
    var papers: String?
    var version: String?
    /// Not submitted: the reports the form may accept.
    var reports: Set<String> = []

    enum CodingKeys: String, CodingKey { case title, part, paragraph, publicInterest, report, papers, version }

    init() { part = ReportPart.partI.rawValue }

    init(_ item: AgendaItem) {
        title = item.title
        part = item.part.rawValue
        paragraph = item.exemption.map { String($0.paragraph.rawValue) }
        publicInterest = item.exemption?.publicInterest
        report = item.reportID?.description
        papers = item.papers.joined(separator: "\n")
        version = String(item.version)
    }

    struct Draft: Equatable {
        var title: String
        var part: ReportPart
        var exemption: Exemption?
        var reportID: Report.ID?
        var papers: [String]
    }

    func validate() -> Validated<Draft> {
        var check = Validator()
        let title = check.required("title", title, MeetingMessages.itemTitle,
                                   max: 300, label: "Title")
        let part: ReportPart? = check.choice("part", part, MeetingMessages.itemPart)
        var exemption: Exemption?
        if part == .partII {
            let paragraph = Int(self.paragraph.trimmedOrNil ?? "").flatMap(Schedule12A.init(rawValue:))
            if paragraph == nil { check.fail("paragraph", MeetingMessages.itemParagraph) }
            let reason = check.required("publicInterest", publicInterest, MeetingMessages.itemPublicInterest,
                                        max: 2000, label: "Public interest reason")
            if let paragraph, let reason { exemption = Exemption(paragraph: paragraph, publicInterest: reason) }
        }
        let reportID = report.trimmedOrNil.flatMap { reports.contains($0) ? $0 : nil }.flatMap { Report.ID($0) }
        if report.trimmedOrNil != nil && reportID == nil { check.fail("report", MeetingMessages.itemReport) }
        let papers = (self.papers ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if papers.contains(where: { $0.count > 300 }) { check.fail("papers", MeetingMessages.paperTooLong) }
        return check.result {
            guard let title, let part else { return nil }
            return Draft(title: title, part: part, exemption: exemption, reportID: reportID, papers: papers)
        }
    }
}
