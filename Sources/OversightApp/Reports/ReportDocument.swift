import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// A committee report as a document, in its template's order: the header block, the sections,
/// then the appendices lettered A, B, C. Every format (the page, Word, PDF, Markdown) renders this
/// one document, so they say the same thing; publishing freezes it.
package enum ReportDocument {
    package struct Appendix {
        package var letter: String
        package var title: String
        package var blocks: [Block]
        /// An exempt appendix of a Part I report: its blocks are kept behind `Block.exempt`.
        package var exemption: Exemption? = nil
    }

    package static func make(_ report: Report, template: ReportTemplate, council: Council, appendices: [Appendix],
                     supersedes: (title: String, publishedOn: CalendarDate?)? = nil) -> Document {
        var blocks: [Block] = []
        for field in template.headerFields {
            blocks += header(field, report: report, template: template, council: council, appendices: appendices)
        }
        if let supersedes {
            blocks.append(.paragraph([
                .strong("This report corrects \"\(supersedes.title)\""),
                .text((supersedes.publishedOn.map { ", published on \($0.ukLong)" } ?? "")
                      + ". What changed: " + (report.correction ?? "not recorded") + "."),
            ]))
        }
        for section in template.sections {
            blocks += self.section(section, report: report, template: template)
        }
        for appendix in appendices {
            blocks.append(.pageBreak)
            blocks.append(.heading(level: 2, text: "Appendix \(appendix.letter): \(appendix.title)"))
            if let exemption = appendix.exemption, report.part == .partI {
                // Those who may read it read why it is exempt first, as a Part II report prints its reason.
                let reason: Block = .paragraph([.strong("Exempt from publication (Part II): \(exemption.paragraph.citation). "),
                                                .text(exemption.publicInterest)])
                blocks.append(.exempt(notice: ReportAppendix.exemptNotice(letter: appendix.letter, exemption),
                                      blocks: [reason] + appendix.blocks))
            } else {
                blocks += appendix.blocks
            }
        }
        return Document(title: report.title, blocks: blocks)
    }

    private static func header(_ field: ReportTemplate.HeaderField, report: Report, template: ReportTemplate,
                               council: Council, appendices: [Appendix]) -> [Block] {
        let label = template.label(field)
        let style = template.headerStyle
        switch field {
        case .body:
            // A template that leaves the label empty prints the committee's name alone, as the
            // Scrutiny Committee's reports do.
            return [.paragraph([.strong(label.isEmpty ? report.body.name : "\(label) \(report.body.phrase)")])]
        case .meeting:
            return [.paragraph("\(label) \(UKDateFormat.withWeekday(report.meetingDate))")]
        case .reportOf:
            return [.paragraph([.strong("\(label) \(report.reportOf)")])]
        case .part:
            var blocks: [Block] = [.paragraph([.strong("\(label) \(report.part.roman)")])]
            if let key = report.keyDecision {
                blocks.append(.paragraph("Key decision: yes"
                    + (key.noticeGiven.map { ". Forward plan notice given on \($0.ukLong)." } ?? ".")))
            }
            return blocks
        case .areasAffected:
            // The standard wording follows what the council calls its areas.
            let areaLabel = template.headerLabels[field.rawValue] ?? "\(council.areaLabel.plural) affected"
            return [.paragraph([.strong("\(areaLabel):")]), .paragraph(style.areas(report.areas))]
        case .title:
            return [.heading(level: 1, text: report.title)]
        case .appendixNote:
            return ReportTemplate.appendixNote(letters: appendices.map(\.letter), quoted: style.quotedAppendixLetters).map { [.paragraph($0)] } ?? []
        case .contact:
            var blocks: [Block] = [.paragraph([.strong("\(label):")]), .paragraph(style.contactLine(report.contact))]
            if let email = report.contact.email { blocks.append(.paragraph([.link(text: email, url: "mailto:\(email)")])) }
            return blocks
        }
    }

    private static func section(_ section: ReportTemplate.Section, report: Report, template: ReportTemplate) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: section.label)]
        switch section.key {
        case ReportTemplate.implicationsKey:
            blocks.append(.paragraph(template.implicationsIntro))
            if report.implications.isEmpty { blocks.append(.paragraph("None.")) }
            for implication in report.implications {
                blocks.append(.heading(level: 3, text: implication.heading))
                blocks.append(.markdown(implication.text))
            }
        case ReportTemplate.backgroundPapersKey:
            if report.backgroundPapers.isEmpty {
                blocks.append(.paragraph("None."))
            } else {
                blocks.append(.table(Table(header: ["Paper", "Date", "Contact/Tel"],
                                           rows: report.backgroundPapers.map { [Cell($0.paper), Cell($0.date), Cell($0.contact)] })))
            }
        case ReportTemplate.partTwoKey:
            if let exemption = report.exemption, report.part == .partII {
                blocks.append(.paragraph([.strong(exemption.paragraph.citation + ": "),
                                          .text(exemption.paragraph.description + ".")]))
                blocks.append(.markdown(exemption.publicInterest))
            } else {
                blocks.append(.paragraph("N/A"))
            }
        default:
            blocks.append(report.text(of: section.key).map(Block.markdown) ?? .paragraph("N/A"))
        }
        return blocks
    }

    /// The stored form of a published document: sorted keys, so the same content gives the same
    /// bytes and the checksum means something.
    package static func canonical(_ document: Document) throws -> String { try canonicalJSON(document) }

    package static func decode(_ text: String) throws -> Document {
        try JSONDecoder().decode(Document.self, from: Data(text.utf8))
    }
}
