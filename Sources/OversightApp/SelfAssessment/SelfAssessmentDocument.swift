import Fluent
import OversightDocuments
import OversightDomain
import OversightStore

/// A self-assessment as a document: its details, then area by area the council's own grade with
/// its reasons and each question's answer with the evidence it cites, figures as they stand. A
/// submitted one is this document frozen.
package enum SelfAssessmentDocument {
    package static func document(_ record: SelfAssessmentRecord, catalogue: EvidenceCatalogue, author: String, council: Council) -> Document {
        let assessment = record.assessment
        var blocks: [Block] = [
            .heading(level: 1, text: assessment.title),
            .summary([
                ("Council", [.text(council.name)]),
                ("Purpose", [.text(assessment.purpose.label)]),
                ("Period covered", [.text(assessment.periodLabel)]),
                ("Author", [.text(author)]),
                ("Status", [.text(status(assessment))]),
            ]),
            .contents,
        ]
        let structure = assessment.structure
        for (area, name) in structure.areas.enumerated() {
            blocks.append(.heading(level: 2, text: name))
            if let judgement = record.judgement(area: area) {
                blocks.append(.paragraph([.strong("Our judgement: \(judgement.grade.label). "), .text(judgement.reasons)]))
            } else {
                blocks.append(.paragraph([.strong("Our judgement: "), .text("not yet made.")]))
            }
            for (question, text) in structure.questions.enumerated() {
                blocks.append(.heading(level: 3, text: text))
                guard let section = record.section(area: area, question: question) else { continue }
                blocks.append(section.text.isEmpty ? .paragraph("Not written yet.") : .markdown(section.text))
                let evidence = record.evidence(of: section.id)
                if !evidence.isEmpty {
                    blocks.append(.paragraph([.strong("Evidence")]))
                    blocks.append(.list(ordered: false, items: evidence.map { link in
                        // Citing exempt evidence is refused, but a document may be published: never print one.
                        var line: [Inline] = switch catalogue.entry(link) {
                        case let entry? where entry.exempt: [.text("A Part II \(link.kind.label.lowercased()) (exempt, not published)")]
                        case let entry?: entry.citation
                        case nil: [.text("\(link.kind.label) no longer in Oversight")]
                        }
                        if let note = link.note { line.append(.text(". \(note)")) }
                        return line
                    }))
                }
            }
        }
        return Document(title: assessment.title, blocks: blocks)
    }

    package static func status(_ assessment: SelfAssessment) -> String {
        switch assessment.status {
        case .draft: "Draft"
        case .agreed: "Agreed by the board" + (assessment.agreedOn.map { " on \(UKDateFormat.long($0))" } ?? "")
        case .submitted: "Submitted" + (assessment.submittedOn.map { " on \(UKDateFormat.long($0))" } ?? "")
                + (assessment.agreedOn.map { ", agreed by the board on \(UKDateFormat.long($0))" } ?? "")
        }
    }

    /// The document as it stands: the frozen one once submitted, else made from the data now.
    package static func current(_ assessment: SelfAssessment, council: Council, today: CalendarDate, on db: any Database) async throws -> Document {
        if assessment.status == .submitted, let (frozen, intact) = try await SelfAssessmentStore.submission(of: assessment.id, on: db) {
            guard intact else { throw StoreError.corrupt("the submitted self-assessment no longer matches its checksum") }
            return try ReportDocument.decode(frozen)
        }
        return try await live(assessment, council: council, today: today, on: db)
    }

    package static func live(_ assessment: SelfAssessment, council: Council, today: CalendarDate, on db: any Database) async throws -> Document {
        let record = try await SelfAssessmentStore.record(assessment, on: db)
        let catalogue = try await EvidenceCatalogue.load(council, today: today, cited: record.evidence, on: db)
        let author = try await PersonStore.find(assessment.authorID, in: council.id, on: db)?.name ?? "Someone removed from People"
        return document(record, catalogue: catalogue, author: author, council: council)
    }

    /// As an appendix of a report: no title or contents of its own, and its headings one level down.
    package static func appendixBlocks(_ document: Document) -> [Block] {
        document.blocks.compactMap { block in
            switch block {
            case .heading(1, _), .contents: nil
            case let .heading(level, text): .heading(level: level + 1, text: text)
            default: block
            }
        }
    }
}
